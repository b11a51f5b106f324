import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema.js";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Memory the connection may use. Mapped pages that queries touch count in the process's RSS, as does the page
 * cache, so both are bounded well under the database size: the OS page cache (outside RSS) keeps the rest of a
 * hot file in memory anyway. A benchmark passes other values to compare settings.
 */
export interface SqliteMemoryOptions {
  /**
   * PRAGMA mmap_size, bytes (default 16 MiB). Under the mixed workload at 100k meetings a 64 MiB map was all
   * resident (file-backed RSS 99 → 51 MB at 16 MiB, peak 243 → 200 MB) and served no more requests a second.
   */
  mmapBytes?: number;
  /** PRAGMA cache_size, KiB per connection (default 16,000). */
  cacheKib?: number;
}

export const defaultMmapBytes = 16 * 1024 * 1024;

export interface OpenDatabaseOptions extends SqliteMemoryOptions {
  readonly?: boolean;
}

/** Opens (creating if needed) the SQLite file with the pragmas the service relies on. */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  const inMemory = path === ":memory:" || path === "";
  // Every failure names the file in one line ("cannot open database PATH: file is not a database").
  const cannotOpen = (error: unknown) =>
    new Error(`cannot open database ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  if (!inMemory && !options.readonly) {
    try {
      makeFolder(dirname(path));
    } catch (error) {
      throw cannotOpen(new Error(`cannot create its folder ${dirname(path)} (${errorCode(error)})`));
    }
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(inMemory ? ":memory:" : path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (error) {
    throw cannotOpen(error);
  }
  let check: unknown;
  try {
    if (!options.readonly) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    // WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commit.
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma(`cache_size = -${Math.trunc(options.cacheKib ?? 16000)}`);
    // Fail fast on a corrupt file instead of serving errors later. Checked before memory-mapping: a check
    // through the map would touch every page of the file and leave all of it resident (RSS +300 MB at 100k
    // meetings / 1M quotes); through the page cache it stays bounded by cache_size.
    check = sqlite.pragma("quick_check", { simple: true });
    sqlite.pragma(`mmap_size = ${Math.trunc(options.mmapBytes ?? defaultMmapBytes)}`);
  } catch (error) {
    sqlite.close();
    throw cannotOpen(error);
  }
  if (check !== "ok") {
    sqlite.close();
    // The first problems are enough to name the damage: the full list can run to thousands of lines.
    const problems = String(check)
      .split("\n")
      .filter((line) => !line.startsWith("***"));
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : "";
    throw new Error(`database ${path} failed its integrity check: ${problems.slice(0, 3).join("; ")}${more}`);
  }
  return drizzle({ client: sqlite, schema });
}

/**
 * `mkdir -p`, without Node's recursive mode: that one loops forever where mkdir answers ENOENT for a parent that
 * exists (under /proc), which would hang the server at start instead of failing.
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  let current = resolve(dir);
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (missing.length === 0 && !statSync(current).isDirectory()) {
    throw Object.assign(new Error(`${current} is not a directory`), { code: "ENOTDIR" });
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Created meanwhile by another process: fine.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !statSync(folder).isDirectory()) throw error;
    }
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reasons: Record<string, string> = {
    ENOENT: "no such file or directory",
    EEXIST: "a file is in the way",
    ENOTDIR: "a file is in the way",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "read-only file system",
  };
  return (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
}
