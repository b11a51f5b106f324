import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../../src/app.js";
import { seedsFolder } from "../../src/paths.js";

describe("the timeline page's files", () => {
  let app: App;

  beforeAll(async () => {
    app = await buildApp({ seedsFolder });
    await app.ready();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it("serves the page at / as HTML linking its assets", async () => {
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.body).toContain("<main");
    expect(response.body).toContain('src="/assets/app.js"');
    expect(response.body).toContain('href="/assets/app.css"');
    expect(response.body).toContain('href="/docs"');
    expect(response.body).toContain('href="/meetings.ics?sort=-date&amp;limit=500"');
    expect(response.body).not.toMatch(/https?:\/\//); // nothing from a CDN
  });

  it("serves the script and the stylesheet under /assets/", async () => {
    const script = await app.inject({ method: "GET", url: "/assets/app.js" });
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    expect(script.body.length).toBeGreaterThan(1000);

    const style = await app.inject({ method: "GET", url: "/assets/app.css" });
    expect(style.statusCode).toBe(200);
    expect(style.headers["content-type"]).toMatch(/^text\/css/);
  });

  it("answers a missing asset with the API's 404 problem", async () => {
    const response = await app.inject({ method: "GET", url: "/assets/nope.js" });
    expect(response.statusCode).toBe(404);
  });

  it("keeps the page out of the OpenAPI document", async () => {
    const response = await app.inject({ method: "GET", url: "/openapi.json" });
    const paths = Object.keys((response.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).not.toContain("/");
    expect(paths.filter((path) => path.startsWith("/assets"))).toEqual([]);
  });
});
