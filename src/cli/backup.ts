import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";

/**
 * `npm run db:backup -- FILE [--force]`: a consistent copy of DATABASE_PATH taken with SQLite's online backup API,
 * safe while the server runs and writes (WAL). Written beside FILE first and renamed into place, so FILE is never
 * a half-written database; an existing FILE is only replaced with --force.
 */
const usage = `usage: npm run db:backup -- FILE [--force]
  Writes a consistent copy of DATABASE_PATH to FILE, also while the server is running.
  --force  replace FILE if it exists`;

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.includes("--help") || args.includes("-h")) {
  console.log(usage);
  process.exit(0);
}
const force = args.includes("--force");
const rest = args.filter((a) => a !== "--force");
const unknown = rest.find((a) => a.startsWith("-"));
if (rest.length !== 1 || unknown) {
  console.error(unknown ? `db:backup: unknown option ${unknown}\n${usage}` : usage);
  process.exit(2);
}
const target = rest[0] as string;

try {
  const config = loadConfig();
  const source = config.DATABASE_PATH;
  if (source === ":memory:" || !existsSync(source)) throw new Error(`no database at ${source}`);
  if (resolve(target) === resolve(source)) throw new Error(`${target} is the database itself`);
  if (existsSync(target)) {
    if (!force) throw new Error(`${target} exists; pass --force to replace it`);
    if (statSync(target).isDirectory()) throw new Error(`${target} is a directory`);
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });

  const db = openDatabase(source);
  const partial = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.partial`);
  try {
    const { totalPages } = await db.$client.backup(partial);
    // The copy is one self-contained file (no -wal beside it), checked before it replaces anything.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    // A stale -wal of a replaced FILE must not be replayed into the new one.
    for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
    renameSync(partial, target);
    const size = statSync(target).size;
    console.log(`${target}: ${formatSize(size)} (${size} bytes, ${totalPages} pages), copied from ${source}`);
  } finally {
    rmSync(partial, { force: true });
    db.$client.close();
  }
} catch (error) {
  console.error(
    `db:backup: ${(error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ")}`,
  );
  process.exit(1);
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
