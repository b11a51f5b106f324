import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/store.js";
import { http, seededApp } from "../helpers.js";

const laterArticle = ` date 2022-01-14 NATO and Russia end week of talks

Officials said the talks held in Brussels on Wednesday were difficult.
`;

describe("HTTP caching", () => {
  it("sends an ETag on GETs and answers 304 to If-None-Match until the data changes", async () => {
    const app = await seededApp();
    const first = await http(app).get("/meetings").expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers["cache-control"]).toMatch(/max-age=\d+/);
    const again = await http(app).get("/meetings").set("if-none-match", etag).expect(304);
    expect(again.text).toBe("");
    const csv = await http(app).get("/meetings").set("accept", "text/csv").expect(200);
    expect(csv.headers.etag).not.toBe(etag);
    ingestArticle(app.db, laterArticle);
    const changed = await http(app).get("/meetings").set("if-none-match", etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it("does not cache errors", async () => {
    const res = await http(await seededApp())
      .get("/meetings/nothing")
      .expect(404);
    expect(res.headers).not.toHaveProperty("etag");
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});

describe("CORS and compression", () => {
  it("lets any origin read, exposing Link and X-Total-Count", async () => {
    const app = await seededApp();
    const res = await http(app).get("/meetings?limit=1").set("origin", "https://example.org").expect(200);
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.headers["access-control-expose-headers"]).toMatch(/Link/);
    expect(res.headers["access-control-expose-headers"]).toMatch(/X-Total-Count/);
    const preflight = await http(app)
      .options("/meetings")
      .set("origin", "https://example.org")
      .set("access-control-request-method", "GET");
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toMatch(/GET/);
  });

  it("compresses large responses with gzip or brotli", async () => {
    const app = await seededApp();
    const { body } = await http(app).get("/articles").expect(200);
    const gzip = await http(app)
      .get(`/articles/${body.data[0].id}`)
      .set("accept-encoding", "gzip")
      .expect(200);
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    const br = await http(app).get(`/articles/${body.data[0].id}`).set("accept-encoding", "br").expect(200);
    expect(br.headers["content-encoding"]).toBe("br");
    const small = await http(app).get("/healthz").set("accept-encoding", "gzip").expect(200);
    expect(small.headers).not.toHaveProperty("content-encoding");
  });

  it("compresses with brotli at quality 3, which costs half the CPU of 4 for a few percent more bytes", async () => {
    const app = await seededApp();
    const url = "/meetings?include=participants,quotes,sources";
    const plain = await app.inject({ url, headers: { "accept-encoding": "identity" } });
    const br = await app.inject({ url, headers: { "accept-encoding": "br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    const quality = (q: number) =>
      brotliCompressSync(plain.rawPayload, { params: { [constants.BROTLI_PARAM_QUALITY]: q } }).length;
    expect(quality(3)).not.toBe(quality(4)); // the body tells the two apart
    expect(br.rawPayload.length).toBe(quality(3));
  });
});
