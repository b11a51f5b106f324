import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";

export interface Snapshot {
  /** The data version the copy holds (read from the copy itself, so a write during the copy cannot mislabel it). */
  version: number;
  path: string;
  size: number;
}

const snapshotName = /^timeline-v\d+\.db$/;
const partialName = /^timeline\.(\d+)\.[a-z0-9]+\.tmp$/;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * One copy of the database per data version, shared by every download of it: `GET /export/timeline.db` and the
 * NDJSON exports read the snapshot of the current version, built on the first request after a write with SQLite's
 * online backup (consistent while other connections write). At most one build runs at a time per process;
 * requests that arrive meanwhile wait for it. A superseded snapshot is deleted when its successor is ready
 * (downloads still reading it keep their open file); snapshots and half-built copies left by a process that
 * died are deleted at start, and this process's own at close.
 *
 * `folder`: where the copies live (created on the first download); without one, a temporary folder removed at
 * close.
 */
export function createSnapshots(sqlite: Database.Database, dataVersion: () => number, folder?: string) {
  if (folder && existsSync(folder)) {
    for (const name of readdirSync(folder)) {
      const partial = partialName.exec(name);
      // Another live worker's build in progress is left alone; everything else is a leftover.
      if (snapshotName.test(name) || (partial && !alive(Number(partial[1]))))
        rmSync(join(folder, name), { force: true });
    }
  }
  // Made on the first download, not at start: a server nobody exports from leaves no folder behind.
  let dir: string | null = null;
  const ensureDir = () => {
    if (dir) return dir;
    if (folder) mkdirSync(folder, { recursive: true });
    dir = folder ?? mkdtempSync(join(tmpdir(), "timeline-export-"));
    return dir;
  };

  let current: Snapshot | null = null;
  let building: Promise<Snapshot> | null = null;

  async function build(): Promise<Snapshot> {
    const dir = ensureDir();
    const partial = join(dir, `timeline.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    try {
      await sqlite.backup(partial);
      const copy = new Database(partial, { fileMustExist: true });
      let version: number;
      try {
        // One self-contained file: no -wal beside it, readable by any SQLite without this server.
        copy.pragma("journal_mode = DELETE");
        version = Number(
          copy.prepare("SELECT value FROM meta WHERE key = 'data_version'").pluck().get() ?? 0,
        );
      } finally {
        copy.close();
      }
      const path = join(dir, `timeline-v${version}.db`);
      await rename(partial, path);
      const previous = current;
      current = { version, path, size: statSync(path).size };
      if (previous && previous.path !== path) await rm(previous.path, { force: true });
      return current;
    } finally {
      await rm(partial, { force: true });
    }
  }

  const exists = (snapshot: Snapshot) => {
    try {
      return statSync(snapshot.path).size === snapshot.size;
    } catch {
      return false;
    }
  };

  return {
    /** The snapshot of the current data version (or a newer one), built if there is none yet. */
    async current(): Promise<Snapshot> {
      const wanted = dataVersion();
      for (;;) {
        if (current && current.version >= wanted && exists(current)) return current;
        if (building) {
          await building;
          continue;
        }
        building = build().finally(() => {
          building = null;
        });
        return building;
      }
    },
    /** Deletes this process's snapshots (waiting for a build in progress). */
    async close(): Promise<void> {
      await building?.catch(() => {});
      if (current) await rm(current.path, { force: true });
      if (!folder && dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
export type Snapshots = ReturnType<typeof createSnapshots>;
