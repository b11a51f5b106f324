import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type App, buildApp } from "../src/app.js";
import { seedsFolder } from "../src/paths.js";
import { auth, fixtureArticle, http } from "./helpers.js";

const folders: string[] = [];
const apps: App[] = [];
afterEach(async () => {
  // Readers first: the writer's close folds the WAL back into the file.
  for (const app of apps.splice(0).reverse()) await app.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(options: Parameters<typeof buildApp>[0]): Promise<App> {
  const app = await buildApp({ apiToken: "test-token", ...options });
  apps.push(app);
  await app.ready();
  return app;
}

function databaseFile(): string {
  const folder = mkdtempSync(join(tmpdir(), "timeline-read-only-"));
  folders.push(folder);
  return join(folder, "timeline.db");
}

describe("READ_ONLY: a replica over the writer's file", () => {
  it("serves what the writer stored, refuses writes with 503, and its caches follow the writer's data version", async () => {
    const file = databaseFile();
    const writer = await start({ databasePath: file, seedsFolder });
    const reader = await start({ databasePath: file, seedsFolder, readOnly: true });

    const before = await http(reader).get("/meetings?limit=100").expect(200);
    expect(before.body.data.map((m: { id: string }) => m.id)).toEqual(
      (await http(writer).get("/meetings?limit=100").expect(200)).body.data.map((m: { id: string }) => m.id),
    );
    // Asked twice, so the second answer can come from the reader's response and count caches.
    await http(reader).get("/meetings?limit=100").expect(200);

    const refused = await http(reader)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("pretoria-day-1") })
      .expect(503);
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: "/problems/read-only", status: 503 });
    await http(reader)
      .patch("/meetings/2022-01-10-geneva")
      .set(auth)
      .send({ status: "held", note: "x" })
      .expect(503);

    await http(writer)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("pretoria-day-1") })
      .expect(201);
    const after = await http(reader).get("/meetings?limit=100").expect(200);
    expect(after.body.page.total).toBe(before.body.page.total + 1);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const meta = (await http(reader).get("/meta").expect(200)).body;
    expect(meta).toMatchObject((await http(writer).get("/meta").expect(200)).body);
    // Two servers and two extractions on a shared machine: more than the default 5 s when others run too.
  }, 30_000);

  it("neither migrates nor seeds: it opens only a database a writer has prepared", async () => {
    const missing = databaseFile();
    await expect(buildApp({ databasePath: missing, seedsFolder, readOnly: true })).rejects.toThrow(
      /cannot open database/,
    );
    expect(existsSync(missing)).toBe(false);

    const empty = databaseFile();
    await start({ databasePath: empty, seedsFolder: null });
    const reader = await start({ databasePath: empty, seedsFolder, readOnly: true });
    expect((await http(reader).get("/healthz").expect(200)).body).toEqual({ status: "ok", articles: 0 });
  });
});
