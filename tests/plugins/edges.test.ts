import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { type AppOptions, buildApp } from "../../src/app.js";
import { seedsFolder } from "../../src/paths.js";
import webPage from "../../src/plugins/external/web.js";
import { http } from "../helpers.js";

const open: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.close();
});

/** A seeded app that counts how often a route handler really ran (a cache hit runs none). */
async function countingApp(options: AppOptions = {}) {
  const app = await buildApp({ seedsFolder, ...options });
  open.push(app);
  const handled = { count: 0 };
  app.addHook("preHandler", (_request, _reply, done) => {
    handled.count++;
    done();
  });
  await app.ready();
  return { app, handled };
}

describe("security headers", () => {
  it("gives a JSON response nosniff and none of helmet's document headers", async () => {
    const { app } = await countingApp();
    for (let i = 0; i < 2; i++) {
      const res = await http(app).get("/meetings?limit=1").expect(200);
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      for (const h of [
        "x-frame-options",
        "cross-origin-opener-policy",
        "x-dns-prefetch-control",
        "origin-agent-cluster",
      ])
        expect(res.headers[h]).toBeUndefined();
    }
  });

  it("keeps helmet's full set on the page and the docs", async () => {
    const { app } = await countingApp();
    for (const url of ["/", "/docs/"]) {
      const res = await http(app).get(url);
      expect(res.status).toBe(200);
      expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(res.headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
    }
  });
});

describe("AppOptions of the bench switches", () => {
  it("answers a repeated GET from the response cache by default, without running the handler", async () => {
    const { app, handled } = await countingApp();
    // supertest listens on a new port per request: a fixed Host keeps the cache key the same.
    const first = await http(app).get("/meetings?limit=2").set("host", "api.test").expect(200);
    const second = await http(app)
      .get("/meetings?limit=2")
      .set("host", "api.test")
      .set("x-request-id", "abc")
      .expect(200);
    expect(handled.count).toBe(1);
    expect(second.text).toBe(first.text);
    expect(second.headers["x-request-id"]).toBe("abc");
  });

  it("answers a conditional GET whose ETag is stale from the cache too, and a current one with 304", async () => {
    const { app, handled } = await countingApp();
    const first = await http(app).get("/meetings?limit=2").set("host", "api.test").expect(200);
    const stale = await http(app)
      .get("/meetings?limit=2")
      .set("host", "api.test")
      .set("if-none-match", 'W/"0-stale"')
      .expect(200);
    expect(stale.text).toBe(first.text);
    await http(app)
      .get("/meetings?limit=2")
      .set("host", "api.test")
      .set("if-none-match", first.headers.etag as string)
      .expect(304);
    expect(handled.count).toBe(1);
  });

  it("runs every request through its handler with responseCache.maxEntries 0", async () => {
    const { app, handled } = await countingApp({ responseCache: { maxEntries: 0 } });
    await http(app).get("/meetings?limit=2").set("host", "api.test").expect(200);
    await http(app).get("/meetings?limit=2").set("host", "api.test").expect(200);
    expect(handled.count).toBe(2);
  });

  it("writes the same JSON with the zod-checked serializer as with the compiled one", async () => {
    const compiled = (await countingApp()).app;
    const zod = (await countingApp({ serializer: "zod" })).app;
    const url = "/meetings?include=participants,quotes,sources&limit=5";
    const a = await http(compiled).get(url).set("accept-encoding", "identity").expect(200);
    const b = await http(zod).get(url).set("accept-encoding", "identity").expect(200);
    expect(JSON.parse(b.text)).toEqual(JSON.parse(a.text));
  });
});

describe("request log lines", () => {
  async function loggedLines(level: "info" | "debug") {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const app = await buildApp({ seedsFolder, logger: { level, stream } });
    open.push(app);
    await app.ready();
    await app.inject("/meetings?limit=1");
    return lines.map((line) => JSON.parse(line).msg as string);
  }

  it("writes none for a successful request at info, the two of Fastify at debug", async () => {
    expect(await loggedLines("info")).not.toContain("request completed");
    const debug = await loggedLines("debug");
    expect(debug).toContain("incoming request");
    expect(debug).toContain("request completed");
  });
});

describe("the page plugin", () => {
  it("does not build the page: without a build, / answers 503 saying how to build it", async () => {
    const empty = mkdtempSync(join(tmpdir(), "no-page-"));
    const app = Fastify();
    open.push({
      close: async () => {
        await app.close();
        rmSync(empty, { recursive: true, force: true });
      },
    });
    await app.register(webPage, { root: empty });
    const res = await app.inject("/");
    expect(res.statusCode).toBe(503);
    expect(res.json().detail).toContain("npm run build");
  });
});
