import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { collectArticleFiles, type IngestProgress, ingestFiles } from "../../src/ingest/files.js";
import { projectRoot } from "../../src/paths.js";
import { devArticles, tempDir } from "../faults/helpers.js";

function freshDb(): Db {
  const db = openDatabase(":memory:");
  runMigrations(db);
  return db;
}

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = join(tempDir("files"), "articles");
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const d1 = readFileSync(join(devArticles, "d1.txt"), "utf8");
const d2 = readFileSync(join(devArticles, "d2.txt"), "utf8");

describe("collectArticleFiles", () => {
  it("takes a folder's *.txt in name order, files as given, each file once, and reports missing paths", () => {
    const dir = folderWith({ "b.txt": d2, "a.txt": d1, "notes.md": "x", "a.errata.json": "{}" });
    mkdirSync(join(dir, "sub.txt"));
    const other = join(dir, "notes.md");
    const { files, failures } = collectArticleFiles([
      dir,
      join(dir, "a.txt"),
      other,
      join(dir, "missing.txt"),
    ]);
    expect(files).toEqual([join(dir, "a.txt"), join(dir, "b.txt"), join(dir, "sub.txt"), other]);
    expect(failures).toEqual([{ path: join(dir, "missing.txt"), reason: "no such file or directory" }]);
  });
});

describe("ingestFiles", () => {
  it("skips what is not an article with its reason and stores the rest", async () => {
    const dir = folderWith({
      "1.txt": d1,
      "2-empty.txt": "",
      "3-binary.txt": Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]),
      "4-latin1.txt": Buffer.from(" date 2024-01-09 Caf\xe9 talks\n\nText.\n", "latin1"),
      "5.txt": `\uFEFF${d2}`,
    });
    mkdirSync(join(dir, "6-folder.txt"));
    const db = freshDb();
    const progress: IngestProgress[] = [];
    const summary = await ingestFiles(db, [dir], { onProgress: (p) => progress.push({ ...p }) });

    expect(summary.files).toBe(6);
    expect(summary.added).toBe(2);
    expect(summary.alreadyPresent).toBe(0);
    expect(summary.failed).toEqual([
      { path: join(dir, "2-empty.txt"), reason: "empty input" },
      { path: join(dir, "3-binary.txt"), reason: "not UTF-8 text" },
      { path: join(dir, "4-latin1.txt"), reason: "not UTF-8 text" },
      { path: join(dir, "6-folder.txt"), reason: "is a directory" },
    ]);
    expect(summary.interrupted).toBe(false);
    expect(progress.map((p) => [p.done, p.total, p.outcome])).toEqual([
      [1, 6, "added"],
      [2, 6, "failed"],
      [3, 6, "failed"],
      [4, 6, "failed"],
      [5, 6, "added"],
      [6, 6, "failed"],
    ]);
    // A byte order mark is not part of the text.
    const texts = db.$client.prepare("SELECT text FROM articles ORDER BY source").pluck().all();
    expect(texts).toEqual([d1, d2]);

    const totals = db.$client
      .prepare("SELECT (SELECT count(*) FROM meetings), (SELECT count(*) FROM quotes)")
      .raw()
      .get() as number[];
    expect([summary.meetingsCreated, summary.quotes]).toEqual(totals);
    expect(summary.participants).toBeGreaterThan(0);

    const again = await ingestFiles(db, [join(dir, "1.txt"), join(dir, "5.txt")]);
    expect(again).toMatchObject({
      files: 2,
      added: 0,
      alreadyPresent: 2,
      failed: [],
      meetingsCreated: 0,
      quotes: 0,
    });
    db.$client.close();
  });

  it("applies the errata file beside an article, and skips an article whose errata file is invalid", async () => {
    const seeds = join(projectRoot, "seeds");
    const dir = join(tempDir("errata"), "articles");
    mkdirSync(dir);
    copyFileSync(join(seeds, "000_ac63f187e8067ee2.txt"), join(dir, "seed.txt"));
    copyFileSync(join(seeds, "000_ac63f187e8067ee2.errata.json"), join(dir, "seed.errata.json"));
    writeFileSync(join(dir, "d1.txt"), d1);
    writeFileSync(join(dir, "d1.errata.json"), '{"corrections": "no"}');
    const db = freshDb();
    const summary = await ingestFiles(db, [dir]);
    expect(summary.added).toBe(1);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]?.path).toBe(join(dir, "d1.txt"));
    expect(summary.failed[0]?.reason).toMatch(/^invalid errata file .*d1\.errata\.json: /);
    expect(db.$client.prepare("SELECT count(*) FROM corrections").pluck().get()).toBeGreaterThan(0);
    db.$client.close();
  });

  it("stops between two files when its signal is aborted", async () => {
    const dir = folderWith({ "1.txt": d1, "2.txt": d2 });
    const db = freshDb();
    const stop = new AbortController();
    const summary = await ingestFiles(db, [dir], { signal: stop.signal, onProgress: () => stop.abort() });
    expect(summary).toMatchObject({ files: 1, added: 1, interrupted: true });
    db.$client.close();
  });
});
