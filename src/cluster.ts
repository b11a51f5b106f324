import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { runMigrations } from "./db/migrate.js";
import { seedsFolder } from "./paths.js";

/** `WORKERS`: how many server processes share the port; 1 (default) is this process alone, `auto` one per core. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.WORKERS?.trim();
  if (!value) return 1;
  if (value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error(`invalid configuration: WORKERS: expected 1–64 or "auto", got "${value}"`);
  return n;
}

/**
 * With WORKERS=N (N > 1), the process started as the server becomes the primary of a node:cluster: it migrates and
 * seeds the database once (so workers never race to do it), forks N workers that run the server over the same WAL
 * database and share the port (connections are handed out round-robin), restarts a worker that dies, and passes
 * SIGINT/SIGTERM on to them, exiting when they have all shut down. The returned promise never settles in the
 * primary; in a worker, or without WORKERS, it resolves at once and the caller serves as usual.
 */
export async function startWorkersIfAsked(): Promise<void> {
  const count = workerCount();
  if (count <= 1 || !cluster.isPrimary) return;

  try {
    const db = openDatabase(loadConfig().DATABASE_PATH);
    try {
      runMigrations(db);
      const articles = db.$client.prepare("SELECT count(*) FROM articles").pluck().get() as number;
      // The extractor is loaded only when there is something to extract: a reading server never needs it.
      if (articles === 0) (await import("./ingest/seed.js")).loadSeedFolder(db, seedsFolder);
    } finally {
      db.$client.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`cannot start the server: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    process.exit(1);
  }

  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping && code !== 0) {
      // A worker that dies at once (bad config, busy port) would die again: stop instead of looping.
      const early = Date.now() - (startedAt.get(worker.id) ?? 0) < 5000;
      process.stderr.write(
        `worker ${worker.process.pid} ended (${signal ?? code})${early ? "" : "; starting another"}\n`,
      );
      if (!early) return void fork();
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = 1;
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
  return new Promise<void>(() => {});
}
