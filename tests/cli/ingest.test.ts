import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";
import {
  count,
  devArticles,
  holdAt,
  readDb,
  runCli,
  runTs,
  tempDir,
  waitFor,
  writeArticles,
} from "../faults/helpers.js";

const badArticle = join(projectRoot, "tests", "fixtures", "faults", "no-date-line.txt");

describe("npm run ingest", () => {
  it("stores the good files of a folder, reports the bad one and exits 1; a second run adds nothing", async () => {
    const dir = tempDir("ingest-cli");
    const folder = join(dir, "articles");
    mkdirSync(folder);
    for (const name of ["d1.txt", "d2.txt", "d3.txt"])
      copyFileSync(join(devArticles, name), join(folder, name));
    copyFileSync(badArticle, join(folder, "d0-bad.txt"));
    const env = { DATABASE_PATH: join(dir, "db", "timeline.db") };

    const first = await runCli("src/cli/ingest.ts", [folder], env);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(
      `ingest: skipped ${join(folder, "d0-bad.txt")}: first line is not \` date YYYY-MM-DD headline\``,
    );
    // stderr is a pipe here: plain progress lines, no progress bar.
    expect(first.stderr).toContain("ingest: 4/4 files (3 added, 0 present, 1 failed)");
    expect(first.stderr).not.toContain("\u001b[");
    expect(first.stdout).toMatch(/^files read: +4$/m);
    expect(first.stdout).toMatch(/^articles added: +3$/m);
    expect(first.stdout).toMatch(/^already present: +0$/m);
    expect(first.stdout).toMatch(/^failed: +1$/m);
    expect(first.stdout).toMatch(/^meetings: +[1-9]\d* created, 0 existing merged into$/m);
    expect(first.stdout).toMatch(/^participants: +[1-9]\d*$/m);
    expect(first.stdout).toMatch(/^quotes: +[1-9]\d*$/m);
    expect(first.stdout).toContain("1 file(s) failed; the others were stored or already present");
    const stored = readDb(env.DATABASE_PATH, (db) => ({
      articles: count(db, "articles"),
      meetings: count(db, "meetings"),
      quotes: count(db, "quotes"),
      sources: db.prepare("SELECT source FROM articles ORDER BY source").pluck().all(),
    }));
    expect(stored.articles).toBe(3);
    expect(stored.sources).toEqual(["d1.txt", "d2.txt", "d3.txt"].map((f) => join(folder, f)));

    const second = await runCli("src/cli/ingest.ts", [folder], env);
    expect(second.code).toBe(1); // the bad file is still bad
    expect(second.stdout).toMatch(/^articles added: +0$/m);
    expect(second.stdout).toMatch(/^already present: +3$/m);
    expect(second.stdout).toMatch(/^meetings: +0 created, 0 existing merged into$/m);
    expect(second.stdout).toMatch(/^quotes: +0$/m);
    expect(
      readDb(env.DATABASE_PATH, (db) => ({
        articles: count(db, "articles"),
        meetings: count(db, "meetings"),
        quotes: count(db, "quotes"),
        sources: db.prepare("SELECT source FROM articles ORDER BY source").pluck().all(),
      })),
    ).toEqual(stored);

    // Only the good files: exit 0.
    const good = await runCli("src/cli/ingest.ts", [join(folder, "d1.txt"), join(folder, "d2.txt")], env);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^already present: +2$/m);
    expect(good.stdout).toContain("all files stored or already present");
  }, 120_000);

  it("exits 2 with its usage when given no file", async () => {
    const dir = tempDir("ingest-usage");
    const result = await runCli("src/cli/ingest.ts", [], { DATABASE_PATH: join(dir, "timeline.db") });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run ingest -- FILE|DIR");
    const option = await runCli("src/cli/ingest.ts", ["--frobnicate"], {
      DATABASE_PATH: join(dir, "timeline.db"),
    });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option --frobnicate");
  }, 60_000);

  it("exits 1 with one line when the database cannot be opened", async () => {
    const result = await runCli("src/cli/ingest.ts", [devArticles], {
      DATABASE_PATH: "/etc/hostname/timeline.db",
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "ingest: cannot open database /etc/hostname/timeline.db: cannot create its folder /etc/hostname (a file is in the way)",
    );
  }, 60_000);

  it("stops between two articles on SIGINT, prints its summary and exits 130", async () => {
    const dir = tempDir("ingest-sigint");
    const articles = join(dir, "articles");
    const paths = writeArticles(articles, 240);
    // The 21st file is a named pipe: the ingest stores 20 articles and waits there, so the signal arrives at a
    // known point whatever the machine's speed.
    const pipe = holdAt(paths[20] as string);
    const databasePath = join(dir, "timeline.db");
    const run = runTs("src/cli/ingest.ts", [articles], { DATABASE_PATH: databasePath });
    await waitFor(
      "the first 20 articles to be stored",
      () => {
        if (run.process.exitCode !== null) throw new Error(`ingest ended early: ${run.stderr()}`);
        try {
          return readDb(databasePath, (db) => count(db, "articles")) === 20;
        } catch {
          return false;
        }
      },
      60_000,
      10,
    );
    run.process.kill("SIGINT");
    await waitFor("the signal to be handled", () => run.stderr().includes("SIGINT"));
    await pipe.release();
    const { code } = await run.exited;
    expect(code).toBe(130);
    expect(run.stderr()).toContain("ingest: SIGINT, stopping after the current article");
    const added = Number(/^articles added: +(\d+)$/m.exec(run.stdout())?.[1]);
    // The article being read when the signal came is finished; none after it is started.
    expect(added).toBe(21);
    expect(run.stdout()).toContain("interrupted: 219 of 240 files not read");
    expect(
      readDb(databasePath, (db) => ({
        integrity: db.pragma("integrity_check", { simple: true }),
        articles: count(db, "articles"),
      })),
    ).toEqual({ integrity: "ok", articles: added });
  }, 120_000);
});
