import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { openDatabase } from "../../src/db/client.js";
import { ingestArticle } from "../../src/ingest/store.js";
import { seedsFolder } from "../../src/paths.js";
import { http } from "../helpers.js";

const laterArticle = ` date 2022-01-14 NATO and Russia end week of talks

Officials said the talks held in Brussels on Wednesday were difficult.
`;

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function fileApp() {
  const dir = mkdtempSync(join(tmpdir(), "cache-test-"));
  const path = join(dir, "timeline.db");
  const app = await buildApp({ databasePath: path, seedsFolder });
  await app.ready();
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanup.push(() => app.close());
  return { app, path };
}

describe("response cache", () => {
  it("answers a repeated GET with the same bytes and headers, CORS included", async () => {
    const { app } = await fileApp();
    const first = await http(app).get("/meetings?limit=1").set("origin", "https://example.org").expect(200);
    const second = await http(app).get("/meetings?limit=1").set("origin", "https://example.org").expect(200);
    expect(second.text).toBe(first.text);
    for (const h of ["etag", "content-type", "link", "x-total-count", "cache-control", "vary"]) {
      expect(second.headers[h]).toBe(first.headers[h]);
    }
    expect(second.headers["access-control-allow-origin"]).toBe("*");
    await http(app)
      .get("/meetings?limit=1")
      .set("if-none-match", first.headers.etag as string)
      .expect(304);
  });

  it("keeps compressed and plain representations apart", async () => {
    const { app } = await fileApp();
    const big = "/meetings?include=participants,quotes,sources"; // over the 1 KiB compression threshold
    for (let i = 0; i < 2; i++) {
      const gzip = await http(app).get(big).set("accept-encoding", "gzip").expect(200);
      expect(gzip.headers["content-encoding"]).toBe("gzip");
      const plain = await http(app).get(big).set("accept-encoding", "identity").expect(200);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body).toEqual(gzip.body);
      const csv = await http(app).get("/meetings").set("accept", "text/csv").expect(200);
      expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    }
  });

  it("is invalidated by a write from another connection (another process) to the same database", async () => {
    const { app, path } = await fileApp();
    const before = await http(app).get("/meetings?limit=100").expect(200);
    await http(app).get("/meetings?limit=100").expect(200);
    const other = openDatabase(path);
    try {
      ingestArticle(other, laterArticle);
    } finally {
      other.$client.close();
    }
    const after = await http(app).get("/meetings?limit=100").expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.text).not.toBe(before.text);
  });

  it("never caches errors", async () => {
    const { app } = await fileApp();
    await http(app).get("/meetings?limit=1000").expect(400);
    const again = await http(app).get("/meetings?limit=1000").expect(400);
    expect(again.headers["cache-control"]).toBe("no-store");
  });
});

describe("response cache and compression", () => {
  it("keeps a compressed response of tens of kilobytes, as it keeps a small one", async () => {
    const { app, path } = await fileApp();
    // 100 meetings with long titles: a page of ~100 KB before compression, past every streaming threshold.
    const db = openDatabase(path);
    const insert = db.$client.prepare(
      `INSERT INTO meetings (id, title, date, date_certainty, city, country, city_key, country_key, status)
       VALUES (?, ?, '2030-01-01', 'stated', 'Geneva', 'Switzerland', 'geneva', 'switzerland', 'held')`,
    );
    db.$client.transaction(() => {
      for (let i = 0; i < 100; i++) insert.run(`2030-big-${i}`, `Talks number ${i} `.repeat(60));
    })();
    db.$client.close();
    const url = "/meetings?from=2030-01-01&limit=100";
    const before = app.responseCacheStats();
    // inject: one Host for both requests (supertest listens on a new port each time, and the Host is in the key).
    const ask = () => app.inject({ url, headers: { "accept-encoding": "br" } });
    const first = await ask();
    const second = await ask();
    expect(first.statusCode).toBe(200);
    expect(first.headers["content-encoding"]).toBe("br");
    expect(second.rawPayload).toEqual(first.rawPayload);
    const after = app.responseCacheStats();
    expect(after.hits - before.hits).toBe(1);
  });

  it("holds each body in memory of its own, not the larger block it was cut from", async () => {
    const { app } = await fileApp();
    // Short JSON bodies (Buffer's pool) and compressed ones (zlib's output chunks) alike.
    for (const url of ["/meetings?limit=1", "/meetings?limit=2", "/participants?limit=1", "/quotes?limit=1"])
      for (const encoding of ["identity", "gzip", "br"])
        expect((await app.inject({ url, headers: { "accept-encoding": encoding } })).statusCode).toBe(200);
    const stats = app.responseCacheStats();
    expect(stats.entries).toBe(12);
    expect(stats.retainedBytes).toBe(stats.bytes);
  });
});
