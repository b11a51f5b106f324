import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { type App, buildApp } from "../../src/app.js";
import { loadSeedFolder } from "../../src/ingest/seed.js";
import { seedsFolder } from "../../src/paths.js";
import { auth, http, postArticle } from "../helpers.js";

const seedTexts = new Set(
  readdirSync(seedsFolder)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(seedsFolder, f), "utf8")),
);

const folders: string[] = [];
const apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * A writable app over a seeded database file of its own, and the three things an editorial act must outlive:
 * its articles deleted and posted again, the seed loaded again (`npm run seed`) after every article was deleted,
 * and a restart (a new app over the same file).
 */
export async function lifecycleApp() {
  const folder = mkdtempSync(join(tmpdir(), "editorial-"));
  folders.push(folder);
  const databasePath = join(folder, "timeline.db");
  const open = async () => {
    const app = await buildApp({ databasePath, seedsFolder, apiToken: "test-token", writeRateLimit: 10_000 });
    apps.push(app);
    await app.ready();
    return app;
  };
  let app = await open();
  const texts = async () =>
    Promise.all(
      (await http(app).get("/articles?limit=100")).body.data.map(async (a: { id: string }) => ({
        id: a.id,
        text: (await http(app).get(`/articles/${a.id}`)).body.text as string,
      })),
    );
  const post = async (text: string) => postArticle(app, text);
  const deleteAll = async () => {
    const all = await texts();
    for (const a of all) await http(app).delete(`/articles/${a.id}`).set(auth).expect(204);
    return all;
  };
  return {
    get app() {
      return app;
    },
    post,
    /** Deletes every article, then posts each again (the seed's too), in reverse order. */
    async repost() {
      const all = await deleteAll();
      for (const a of all.reverse()) await post(a.text);
    },
    /** Deletes every article, loads the seed folder as `npm run seed` does, and posts the others again. */
    async reseed() {
      const all = await deleteAll();
      loadSeedFolder(app.db, seedsFolder);
      for (const a of all.filter((a) => !seedTexts.has(a.text))) await post(a.text);
    },
    async restart() {
      await app.close();
      app = await open();
    },
  };
}

export type Lifecycle = Awaited<ReturnType<typeof lifecycleApp>>;

/** Runs `check` now, and again after each thing an editorial act must outlive. */
export async function checkThroughout(life: Lifecycle, check: (app: App) => Promise<void>) {
  await check(life.app);
  await life.repost();
  await check(life.app);
  await life.reseed();
  await check(life.app);
  await life.restart();
  await check(life.app);
}
