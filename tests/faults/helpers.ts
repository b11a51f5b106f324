import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { open } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll } from "vitest";
import { timelineTables } from "../../src/db/tables.js";
import { projectRoot } from "../../src/paths.js";

export const devArticles = join(projectRoot, "tests", "fixtures", "dev-articles");

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `timeline-${prefix}-`));
  dirs.push(dir);
  return dir;
}

/** Child processes still running when the test file ends are killed (a failed assertion must not leak one). */
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

export interface Child {
  process: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a TypeScript entry point of the project (`src/cli/ingest.ts`, `src/server.ts`) with tsx in a child. */
export function runTs(script: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, LOG_LEVEL: "warn", WORKERS: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  return { process: child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs a CLI to its end. */
export async function runCli(script: string, args: string[], env: Record<string, string>) {
  const child = runTs(script, args, env);
  const { code, signal } = await child.exited;
  return { code, signal, stdout: child.stdout(), stderr: child.stderr() };
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 60_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** True when something answers HTTP on the port. */
export async function answers(port: number, path = "/healthz"): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `count` distinct articles: the dev articles in turn, each with a paragraph "Reference N." appended so
 * that every file has its own text (and hash). Names sort in the order they were written.
 */
export function writeArticles(dir: string, count: number): string[] {
  const sources = readdirSync(devArticles)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(devArticles, f), "utf8").trimEnd());
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `article-${String(i).padStart(4, "0")}.txt`);
    writeFileSync(path, `${sources[i % sources.length]}\n\nReference ${i + 1}.\n`);
    paths.push(path);
  }
  return paths;
}

/** Runs `fn` on the SQLite file opened read-only, closing it afterwards. */
export function readDb<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export const count = (db: Database.Database, table: string): number =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** The tables that hold the timeline, compared whole between two databases. */
export const dataTables = timelineTables;

/** Every row of the data tables, without the columns that record when a row was written. */
export function dataSnapshot(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(
    dataTables.map((table) => {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])
        .map((c) => c.name)
        .filter((name) => !name.endsWith("_at"));
      const list = columns.map((c) => `"${c}"`).join(", ");
      return [table, db.prepare(`SELECT ${list} FROM ${table} ORDER BY ${list}`).all()];
    }),
  );
}

/**
 * Replaces a file with a named pipe (FIFO) of the same name: a process that reads it blocks there until
 * `release` writes the content, so a test can stop a run at a known file instead of racing it with a clock.
 */
export function holdAt(path: string): { release: () => Promise<void> } {
  const content = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  rmSync(path, { force: true });
  execFileSync("mkfifo", [path]);
  return {
    release: async () => {
      const pipe = await open(path, "w");
      await pipe.write(content);
      await pipe.close();
    },
  };
}
