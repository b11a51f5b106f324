import { randomBytes } from "node:crypto";
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { answers, freePort, runTs, tempDir } from "./helpers.js";

/** Starts the server on DATABASE_PATH and expects it to give up: exit ≠ 0, one line on stderr, never listening. */
async function expectRefusal(databasePath: string) {
  const port = await freePort();
  const server = runTs("src/server.ts", [], { DATABASE_PATH: databasePath, PORT: String(port) });
  const listened = new Promise<boolean>((resolve) => {
    const timer = setInterval(async () => {
      if (await answers(port)) resolve(true);
    }, 100);
    void server.exited.then(() => {
      clearInterval(timer);
      resolve(false);
    });
  });
  const { code } = await server.exited;
  expect(await listened).toBe(false);
  expect(await answers(port)).toBe(false);
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  const lines = server.stderr().trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(server.stdout()).toBe("");
  return lines[0] as string;
}

describe("a database the server cannot use", () => {
  it("refuses a file of garbage in one line, without listening", async () => {
    const path = join(tempDir("garbage"), "timeline.db");
    writeFileSync(path, randomBytes(64 * 1024));
    const line = await expectRefusal(path);
    expect(line).toBe(`cannot start the server: cannot open database ${path}: file is not a database`);
  }, 60_000);

  it("refuses a damaged SQLite file (valid header, garbage pages)", async () => {
    const path = join(tempDir("damaged"), "timeline.db");
    const db = new Database(path);
    db.exec("CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x)");
    const insert = db.prepare("INSERT INTO t VALUES (?)");
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${"x".repeat(100)}`);
    })();
    db.close();
    // Pages 3 to 6 overwritten: the first page (schema) stays readable, the tables' trees do not.
    const fd = openSync(path, "r+");
    writeSync(fd, randomBytes(4 * 4096), 0, 4 * 4096, 2 * 4096);
    closeSync(fd);
    const line = await expectRefusal(path);
    // Either SQLite stops at the damage ("database disk image is malformed") or quick_check lists it.
    expect(
      line.startsWith(`cannot start the server: cannot open database ${path}: `) ||
        line.startsWith(`cannot start the server: database ${path} failed its integrity check: `),
    ).toBe(true);
    expect(line.length).toBeLessThan(400);
  }, 60_000);

  it.each([
    ["a path under /proc", "/proc/timeline/timeline.db"],
    ["a path under /proc itself", "/proc/timeline.db"],
    ["a folder that is a file", "/etc/hostname/timeline.db"],
  ])(
    "refuses %s (%s) in one line",
    async (_what, path) => {
      const line = await expectRefusal(path);
      expect(line).toMatch(new RegExp(`^cannot start the server: cannot open database ${path}: \\S`));
    },
    60_000,
  );
});

describe("a port the server cannot use", () => {
  it("exits 1 with one line when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const server = runTs("src/server.ts", [], {
        DATABASE_PATH: join(tempDir("port"), "timeline.db"),
        PORT: String(port),
      });
      const { code } = await server.exited;
      expect(code).toBe(1);
      expect(server.stderr().trim()).toMatch(
        /^cannot start the server: listen EADDRINUSE: address already in use \S+$/,
      );
    } finally {
      blocker.close();
    }
  }, 60_000);
});
