import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  answers,
  count,
  freePort,
  readDb,
  runCli,
  runTs,
  tempDir,
  waitFor,
  writeArticles,
} from "../faults/helpers.js";

function checkBackup(path: string) {
  return readDb(path, (db) => ({
    integrity: db.pragma("integrity_check", { simple: true }),
    articles: count(db, "articles"),
    // Every stored article is whole: its evidence is there.
    articlesWithoutEvidence: db
      .prepare(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.article_id = a.id)",
      )
      .pluck()
      .get(),
  }));
}

describe("npm run db:backup", () => {
  it("copies the database of a running, serving server consistently, and never overwrites without --force", async () => {
    const dir = tempDir("backup");
    const databasePath = join(dir, "timeline.db");
    const articles = join(dir, "articles");
    writeArticles(articles, 60);
    const ingest = await runCli("src/cli/ingest.ts", [articles], { DATABASE_PATH: databasePath });
    expect(ingest.code).toBe(0);

    const port = await freePort();
    const server = runTs("src/server.ts", [], { DATABASE_PATH: databasePath, PORT: String(port) });
    await waitFor("the server to answer", async () => {
      if (server.process.exitCode !== null) throw new Error(`the server ended: ${server.stderr()}`);
      return answers(port);
    });
    // Keeps the server busy reading while the backup runs.
    let serving = true;
    let served = 0;
    const load = (async () => {
      while (serving) {
        const response = await fetch(`http://127.0.0.1:${port}/meetings?include=participants,quotes,sources`);
        expect(response.status).toBe(200);
        await response.arrayBuffer();
        served += 1;
      }
    })();

    const backupPath = join(dir, "backups", "copy.db");
    try {
      const backup = await runCli("src/cli/backup.ts", [backupPath], { DATABASE_PATH: databasePath });
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      const size = statSync(backupPath).size;
      expect(backup.stdout).toContain(`${backupPath}: `);
      expect(backup.stdout).toContain(`(${size} bytes,`);
      expect(checkBackup(backupPath)).toEqual({ integrity: "ok", articles: 60, articlesWithoutEvidence: 0 });

      // An existing file is left alone without --force...
      writeFileSync(backupPath, "keep me");
      const refused = await runCli("src/cli/backup.ts", [backupPath], { DATABASE_PATH: databasePath });
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(`db:backup: ${backupPath} exists; pass --force to replace it`);
      expect(readFileSync(backupPath, "utf8")).toBe("keep me");

      // ...and replaced with it, also while an ingest writes: the copy holds whole articles only.
      const more = join(dir, "more");
      writeArticles(more, 120);
      const writing = runCli("src/cli/ingest.ts", [more], { DATABASE_PATH: databasePath });
      const before = await waitFor("the ingest to start storing", () => {
        const n = readDb(databasePath, (db) => count(db, "articles"));
        return n > 60 ? n : undefined;
      });
      const forced = await runCli("src/cli/backup.ts", ["--force", backupPath], {
        DATABASE_PATH: databasePath,
      });
      expect(forced.code).toBe(0);
      expect((await writing).code).toBe(0);
      const copy = checkBackup(backupPath);
      expect(copy.integrity).toBe("ok");
      expect(copy.articlesWithoutEvidence).toBe(0);
      expect(copy.articles).toBeGreaterThanOrEqual(before);
      expect(copy.articles).toBeLessThanOrEqual(60 + 120);
      console.info(
        `backup taken during an ingest holds ${copy.articles} of ${60 + 120} articles (${before} before)`,
      );
    } finally {
      serving = false;
      await load;
    }
    expect(served).toBeGreaterThan(0);
    expect(server.process.exitCode).toBeNull();
    server.process.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);

    // The copy is a self-contained database file the server can start from.
    const restored = new Database(backupPath);
    expect(restored.pragma("journal_mode", { simple: true })).toBe("delete");
    restored.close();
  }, 180_000);

  it("exits 2 without a FILE and 1 when there is no database", async () => {
    const dir = tempDir("backup-usage");
    const usage = await runCli("src/cli/backup.ts", [], { DATABASE_PATH: join(dir, "timeline.db") });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: npm run db:backup -- FILE [--force]");
    const missing = await runCli("src/cli/backup.ts", [join(dir, "copy.db")], {
      DATABASE_PATH: join(dir, "timeline.db"),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`db:backup: no database at ${join(dir, "timeline.db")}`);
  }, 60_000);
});
