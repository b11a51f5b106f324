import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema.js";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabaseOptions {
  readonly?: boolean;
}

/** Opens (creating if needed) the SQLite file with the pragmas the service relies on. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  const inMemory = path === ":memory:" || path === "";
  if (!inMemory && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(inMemory ? ":memory:" : path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commit.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("cache_size = -32000");
  sqlite.pragma("mmap_size = 268435456");
  // Fail fast on a corrupt file instead of serving errors later.
  const check = sqlite.pragma("quick_check", { simple: true });
  if (check !== "ok") {
    sqlite.close();
    throw new Error(`database ${path} failed its integrity check: ${String(check)}`);
  }
  return drizzle({ client: sqlite, schema }) as Db;
}
