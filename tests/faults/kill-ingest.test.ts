import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { ingestFiles } from "../../src/ingest/files.js";
import {
  count,
  dataSnapshot,
  holdAt,
  readDb,
  runCli,
  runTs,
  tempDir,
  waitFor,
  writeArticles,
} from "./helpers.js";

const ARTICLES = 240;

/** Per article: how many evidence rows and quotes it stored. */
function perArticle(
  db: Database.Database,
): Map<string, { source: string; evidence: number; quotes: number }> {
  const rows = db
    .prepare(
      `SELECT a.id, a.source,
              (SELECT count(*) FROM evidence e WHERE e.article_id = a.id) AS evidence,
              (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
       FROM articles a`,
    )
    .all() as { id: string; source: string; evidence: number; quotes: number }[];
  return new Map(rows.map((r) => [r.id, { source: r.source, evidence: r.evidence, quotes: r.quotes }]));
}

function totals(db: Database.Database) {
  return Object.fromEntries(
    ["articles", "meetings", "participants", "meeting_participants", "quotes", "evidence"].map((t) => [
      t,
      count(db, t),
    ]),
  );
}

describe("kill -9 during a bulk ingest", () => {
  it("leaves every article wholly stored or absent, and a re-run ends where a clean run does", async () => {
    const dir = tempDir("kill");
    const articles = join(dir, "articles");
    const paths = writeArticles(articles, ARTICLES);
    const cleanPath = join(dir, "clean.db");
    const killedPath = join(dir, "killed.db");

    // The reference: the same files into a fresh database, undisturbed.
    const clean = await runCli("src/cli/ingest.ts", [articles], { DATABASE_PATH: cleanPath });
    expect(clean.stderr).not.toContain("skipped");
    expect(clean.code).toBe(0);
    const reference = readDb(cleanPath, (db) => ({
      totals: totals(db),
      perArticle: perArticle(db),
      snapshot: dataSnapshot(db),
    }));
    expect(reference.totals.articles).toBe(ARTICLES);

    // The same run, killed once some (not all) articles are in.
    // A named pipe two thirds of the way (outside the folder, so the other runs never see it) stops this run
    // there if the kill has not come yet: it cannot finish before it is killed, however fast the machine.
    const pipe = join(dir, "hold.txt");
    holdAt(pipe);
    const cut = Math.floor((ARTICLES * 2) / 3);
    const run = runTs("src/cli/ingest.ts", [...paths.slice(0, cut), pipe, ...paths.slice(cut)], {
      DATABASE_PATH: killedPath,
    });
    const seen = await waitFor(
      "the ingest to store a third of the articles",
      () => {
        if (run.process.exitCode !== null)
          throw new Error(`ingest ended before it was killed: ${run.stderr()}`);
        try {
          const n = readDb(killedPath, (db) => count(db, "articles"));
          return n >= ARTICLES / 3 ? n : undefined;
        } catch {
          return undefined; // not created or not migrated yet
        }
      },
      60_000,
      10,
    );
    run.process.kill("SIGKILL");
    const { signal } = await run.exited;
    expect(signal).toBe("SIGKILL");

    // Opened read-write, as the next process would (this recovers the WAL the killed process left).
    const db = new Database(killedPath);
    let stored: number;
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const present = perArticle(db);
      stored = present.size;
      expect(stored).toBeGreaterThanOrEqual(seen);
      expect(stored).toBeLessThan(ARTICLES);
      console.info(`killed with ${stored} of ${ARTICLES} articles stored (${seen} seen before the kill)`);

      // Files are ingested in order, so what is stored is exactly the first `stored` files...
      expect([...present.values()].map((a) => a.source).sort()).toEqual(paths.slice(0, stored));
      // ...each with every evidence row and quote a clean run gives it (nothing half-stored)...
      for (const [id, article] of present) expect(article).toEqual(reference.perArticle.get(id));
      // ...and no meeting without the evidence of a stored article.
      expect(
        db
          .prepare(
            "SELECT count(*) FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.meeting_id = m.id)",
          )
          .pluck()
          .get(),
      ).toBe(0);
      // The whole database is what a clean ingest of exactly those files gives.
      const prefix = openDatabase(":memory:");
      try {
        runMigrations(prefix);
        const summary = await ingestFiles(prefix, paths.slice(0, stored));
        expect(summary.added).toBe(stored);
        expect(dataSnapshot(db)).toEqual(dataSnapshot(prefix.$client));
      } finally {
        prefix.$client.close();
      }
    } finally {
      db.close();
    }

    // Running the same command again completes the job: the same data as the clean run, row for row.
    const rerun = await runCli("src/cli/ingest.ts", [articles], { DATABASE_PATH: killedPath });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`already present:\\s+${stored}\\n`));
    expect(rerun.stdout).toMatch(new RegExp(`articles added:\\s+${ARTICLES - stored}\\n`));
    const resumed = readDb(killedPath, (db) => ({ totals: totals(db), snapshot: dataSnapshot(db) }));
    console.info(`totals after the re-run ${JSON.stringify(resumed.totals)}`);
    expect(resumed.totals).toEqual(reference.totals);
    expect(resumed.snapshot).toEqual(reference.snapshot);
  }, 240_000);
});
