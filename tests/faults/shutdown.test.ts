import { existsSync, statSync } from "node:fs";
import { get, type IncomingMessage } from "node:http";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { answers, freePort, runTs, sleep, tempDir, waitFor } from "./helpers.js";

const PADDING_BYTES = 32 * 1024 * 1024;

/** Starts the server on a fresh database made large enough that its download stays in flight for a while. */
async function startServer(dir: string, env: Record<string, string> = {}) {
  const path = join(dir, "timeline.db");
  // A table the API does not know, only there to make /export/timeline.db a 32 MiB response: a client that
  // does not read keeps it in flight for as long as it likes.
  const db = new Database(path);
  db.exec("CREATE TABLE padding (b BLOB)");
  db.prepare("INSERT INTO padding VALUES (randomblob(?))").run(PADDING_BYTES);
  db.close();
  const port = await freePort();
  const server = runTs("src/server.ts", [], { DATABASE_PATH: path, PORT: String(port), ...env });
  await waitFor("the server to answer /healthz", async () => {
    if (server.process.exitCode !== null) throw new Error(`the server ended: ${server.stderr()}`);
    return answers(port);
  });
  return { path, port, server };
}

/** GETs a URL and pauses the body as soon as the headers are in: the response is then in flight. */
function startDownload(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.pause();
      resolve(response);
    }).on("error", reject);
  });
}

function readBody(response: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => resolve(Buffer.concat(chunks)));
    response.on("error", reject);
    response.on("aborted", () => reject(new Error("response aborted")));
    response.resume();
  });
}

describe("graceful shutdown", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s: finishes the request in flight, exits 0 within its grace period and leaves a checkpointed database",
    async (signal) => {
      const dir = tempDir(`shutdown-${signal}`);
      const { path, port, server } = await startServer(dir);

      const response = await startDownload(`http://127.0.0.1:${port}/export/timeline.db`);
      expect(response.statusCode).toBe(200);
      server.process.kill(signal);
      // Shutting down does not cut the download short: the process waits for it.
      await sleep(500);
      expect(server.process.exitCode).toBeNull();
      const body = await readBody(response);
      const { code, signal: killedBy } = await server.exited;

      // Exit code 0 says the shutdown finished within its grace period (past it the process exits with 1): no
      // wall-clock assertion, which a busy machine could break.
      expect({ code, killedBy }).toEqual({ code: 0, killedBy: null });
      expect(server.stderr()).not.toMatch(/error/i);
      // The whole file came: its header's page size × page count is its length.
      expect(body.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
      const pageSize = body.readUInt16BE(16) === 1 ? 65536 : body.readUInt16BE(16);
      expect(body.length).toBe(pageSize * body.readUInt32BE(28));
      expect(body.length).toBeGreaterThan(PADDING_BYTES);

      // No new connection is accepted any more, and the WAL was folded into the database file.
      expect(await answers(port)).toBe(false);
      const wal = `${path}-wal`;
      expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(db.prepare("SELECT count(*) FROM articles").pluck().get()).toBeGreaterThan(0);
      } finally {
        db.close();
      }
    },
    120_000,
  );

  it("ends with exit code 1 when a request is still in flight after the grace period (SHUTDOWN_TIMEOUT_MS)", async () => {
    const dir = tempDir("shutdown-stuck");
    // A 1 s grace period instead of the default 10 s: the test waits for the timer, not for a clock reading.
    const { port, server } = await startServer(dir, { SHUTDOWN_TIMEOUT_MS: "1000" });
    const response = await startDownload(`http://127.0.0.1:${port}/export/timeline.db`);
    expect(response.statusCode).toBe(200);
    const askedAt = Date.now();
    server.process.kill("SIGTERM");
    // The client never reads: the shutdown cannot finish, the timer ends the process.
    const { code } = await server.exited;
    response.destroy();
    expect(code).toBe(1);
    // A timer never fires early, so this bound holds on any machine.
    expect(Date.now() - askedAt).toBeGreaterThanOrEqual(1_000);
    expect(server.stdout()).toContain("shutdown took longer than 1 s");
  }, 120_000);
});
