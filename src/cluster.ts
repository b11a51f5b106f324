import cluster from "node:cluster";
import { type Config, loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { seedsFolder } from "./paths.js";
import { failToStart, prepareDatabase } from "./startup.js";

/**
 * With WORKERS=N (N > 1), the process started as the server becomes the primary of a node:cluster: it migrates and
 * seeds the database once (so workers never race to do it), forks N workers that run the server over the same WAL
 * database and share the port (connections are handed out round-robin), restarts a worker that dies, and passes
 * SIGINT/SIGTERM on to them, exiting when they have all shut down. The returned promise never settles in the
 * primary; in a worker, or without WORKERS, it resolves at once and the caller serves as usual.
 */
export async function startWorkersIfAsked(config?: Config): Promise<void> {
  let settings: Config;
  try {
    settings = config ?? loadConfig();
  } catch (error) {
    failToStart(error);
  }
  const count = settings.WORKERS;
  if (count <= 1 || !cluster.isPrimary) return;

  // A read-only replica's workers open the file themselves; there is nothing to prepare.
  if (!settings.READ_ONLY) {
    try {
      const db = openDatabase(settings.DATABASE_PATH);
      try {
        await prepareDatabase(db, seedsFolder);
      } finally {
        db.$client.close();
      }
    } catch (error) {
      failToStart(error);
    }
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
