import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { openDatabase } from "../../src/db/client.js";
import { ingestArticle } from "../../src/ingest/store.js";
import { seedsFolder } from "../../src/paths.js";
import { fixtureArticle, http } from "../helpers.js";

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A seeded app over a database file, with its export snapshots in a folder the test can list. */
async function fileApp(dir = mkdtempSync(join(tmpdir(), "export-test-"))) {
  const path = join(dir, "timeline.db");
  const exportFolder = join(dir, "exports");
  const app = await buildApp({ databasePath: path, seedsFolder, exportFolder });
  await app.ready();
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanup.push(() => app.close());
  return { app, dir, path, exportFolder, files: () => readdirSync(exportFolder).sort() };
}

const binary = (res: import("supertest").Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on("data", (chunk: Buffer) => chunks.push(chunk));
  res.on("end", () => callback(null, Buffer.concat(chunks)));
};

describe("GET /export/timeline.db", () => {
  it("builds one snapshot for ten concurrent downloads and sends each the same file", async () => {
    const { app, files } = await fileApp();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => http(app).get("/export/timeline.db").buffer(true).parse(binary)),
    );
    for (const res of responses) expect(res.status).toBe(200);
    const bodies = responses.map((res) => (res.body as Buffer).toString("base64"));
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(responses.map((res) => res.headers.etag)).size).toBe(1);
    expect(files()).toEqual([expect.stringMatching(/^timeline-v\d+\.db$/)]);
  });

  it("answers 304 to If-None-Match while the data is unchanged, and a new snapshot after a write", async () => {
    const { app, path, files } = await fileApp();
    const first = await http(app).get("/export/timeline.db").buffer(true).parse(binary).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"timeline-v\d+"$/);
    await http(app).get("/export/timeline.db").set("if-none-match", etag).expect(304);
    await http(app).get("/export/meetings.ndjson").set("if-none-match", etag).expect(304);
    const writer = openDatabase(path);
    try {
      ingestArticle(writer, fixtureArticle("brussels-follow-up"));
    } finally {
      writer.$client.close();
    }
    const second = await http(app)
      .get("/export/timeline.db")
      .set("if-none-match", etag)
      .buffer(true)
      .parse(binary);
    expect(second.status).toBe(200);
    expect(second.headers.etag).not.toBe(etag);
    // The superseded snapshot is gone: one file, the new version's.
    expect(files()).toEqual([`timeline-v${(second.headers.etag as string).replace(/\D/g, "")}.db`]);
  });

  it("leaves no snapshot behind after a restart, even those of a process that died", async () => {
    const first = await fileApp();
    await http(first.app).get("/export/timeline.db").buffer(true).parse(binary).expect(200);
    expect(first.files()).toHaveLength(1);
    await first.app.close();
    // What a killed server leaves: a finished snapshot and a half-built copy of a process that is gone.
    writeFileSync(join(first.exportFolder, "timeline-v7.db"), "stale");
    writeFileSync(join(first.exportFolder, "timeline.999999999.abc.tmp"), "partial");
    const again = await buildApp({ databasePath: first.path, exportFolder: first.exportFolder });
    cleanup.push(() => again.close());
    await again.ready();
    expect(readdirSync(first.exportFolder)).toEqual([]);
  });
});

describe("the snapshot folder", () => {
  it("is made on the first download only: a server nobody exports from leaves none", async () => {
    const { app, exportFolder } = await fileApp();
    await app.inject("/meetings");
    expect(existsSync(exportFolder)).toBe(false);
    await app.inject("/export/timeline.db");
    expect(existsSync(exportFolder)).toBe(true);
  });
});

describe("GET /export/TABLE.ndjson", () => {
  it("reads every table from the snapshot of one data version, not the live database", async () => {
    const { app } = await fileApp();
    const snapshot = await http(app).get("/export/timeline.db").buffer(true).parse(binary).expect(200);
    const copyPath = join(mkdtempSync(join(tmpdir(), "export-copy-")), "copy.db");
    cleanup.push(() => rmSync(copyPath, { force: true }));
    writeFileSync(copyPath, snapshot.body as Buffer);
    const copy = new Database(copyPath, { readonly: true });
    // The columns triggers derive from other tables (names, source count) are not exported: see the next test.
    const expected = (
      copy.prepare("SELECT * FROM meetings ORDER BY rowid").all() as Record<string, unknown>[]
    ).map(({ organization_names, party_names, source_count, source_articles, ...row }) => row);
    copy.close();
    const res = await http(app).get("/export/meetings.ndjson").set("if-none-match", "x").expect(200);
    expect(res.headers.etag).toBe(snapshot.headers.etag);
    const rows = res.text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThan(0);
  });

  it("lists a meeting's own columns, not the names and source count derived onto its row", async () => {
    const { app } = await fileApp();
    const res = await http(app).get("/export/meetings.ndjson").expect(200);
    const first = JSON.parse(res.text.split("\n")[0] as string);
    expect(Object.keys(first).sort()).toEqual(
      [
        "city",
        "city_key",
        "confidence",
        "country",
        "country_key",
        "date",
        "date_certainty",
        "end_date",
        "id",
        "rule",
        "status",
        "title",
        "updated_at",
      ].sort(),
    );
  });
});
