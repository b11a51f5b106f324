import { afterEach, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";

const apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});
const appWith = async (trustProxy?: boolean) => {
  const app = await buildApp({ seedsFolder: null, trustProxy });
  apps.push(app);
  return app;
};
const serversOf = async (app: App, url: string, headers: Record<string, string>) => {
  const res = await app.inject({ method: "GET", url, headers });
  expect(res.statusCode).toBe(200);
  return res.json().servers;
};

describe("the documented server", () => {
  it.each(["/openapi.json", "/docs/json"])(
    "%s names the host and port the client reached, not localhost:3000",
    async (url) => {
      const app = await appWith();
      expect(await serversOf(app, url, { host: "timeline.example.org:8123" })).toEqual([
        { url: "http://timeline.example.org:8123", description: "This server" },
      ]);
      expect(JSON.stringify(await serversOf(app, url, { host: "10.0.0.7" }))).not.toContain("localhost");
    },
  );

  it("follows X-Forwarded-Proto and X-Forwarded-Host only when the proxy is trusted", async () => {
    const forwarded = {
      host: "127.0.0.1:3000",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "api.example.org",
    };
    const trusting = await appWith(true);
    // The response cache must not hand the direct client's document to a proxied one (same URL and Host).
    expect((await serversOf(trusting, "/openapi.json", { host: forwarded.host }))[0].url).toBe(
      "http://127.0.0.1:3000",
    );
    expect((await serversOf(trusting, "/openapi.json", forwarded))[0].url).toBe("https://api.example.org");
    const untrusting = await appWith(false);
    expect((await serversOf(untrusting, "/openapi.json", forwarded))[0].url).toBe("http://127.0.0.1:3000");
  });

  it("is relative in the document written by npm run openapi, so it fits any deployment", async () => {
    const app = await appWith();
    await app.ready();
    expect((app.swagger() as { servers?: unknown }).servers).toEqual([
      { url: "/", description: expect.any(String) },
    ]);
  });

  it("reads TRUST_PROXY from the environment", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.1,10.0.0.2" }).TRUST_PROXY).toBe("10.0.0.1,10.0.0.2");
  });
});
