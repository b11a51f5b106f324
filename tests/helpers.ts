import { readFileSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import request from "supertest";
import { afterEach } from "vitest";
import { type App, buildApp } from "../src/app.js";
import { type Db, openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { loadSeedFolder } from "../src/ingest/seed.js";
import { seedsFolder } from "../src/paths.js";

export const seedArticlePath = join(seedsFolder, "000_ac63f187e8067ee2.txt");
export const seedText = readFileSync(seedArticlePath, "utf8");

const open: App[] = [];
const databases: Db[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((app) => app.close()));
  // A database a test opened itself outlives the apps built over it.
  for (const db of databases.splice(0)) db.$client.close();
});

/** A fresh in-memory database, migrated and loaded from seeds/, closed after the test. */
export function seededDatabase(): Db {
  const db = openDatabase(":memory:");
  databases.push(db);
  runMigrations(db);
  loadSeedFolder(db, seedsFolder);
  return db;
}

/** An app over a database the test prepared (the app leaves it open; `seededDatabase` closes it). */
export async function appOver(db: Db): Promise<App> {
  const app = await buildApp({ db });
  open.push(app);
  await app.ready();
  return app;
}

/** A fresh app over a fresh in-memory database loaded from seeds/ by the same loader the server uses. */
export async function seededApp(): Promise<App> {
  const app = await buildApp({ seedsFolder });
  open.push(app);
  await app.ready();
  return app;
}

/** A fresh seeded app whose write routes take `Bearer test-token`. */
export async function writableApp(writeRateLimit = 1000): Promise<App> {
  const app = await buildApp({ seedsFolder, apiToken: "test-token", writeRateLimit });
  open.push(app);
  await app.ready();
  return app;
}

export const auth = { authorization: "Bearer test-token" };

/** An article written for the tests, from tests/fixtures/articles. */
export const fixtureArticle = (name: string): string =>
  readFileSync(join(seedsFolder, "..", "tests", "fixtures", "articles", `${name}.txt`), "utf8");

/** supertest against an app's server, without listening on a port. */
export const http = (app: App) => request(app.server);

/** A report in the project's plain-text article format: a ` date` line with its headline, then one paragraph. */
export const reportText = (date: string, headline: string, body: string): string =>
  ` date ${date} ${headline}\n\n${body}\n`;

/** Posts a plain-text article to a writable app and expects it stored. */
export const postArticle = (app: App, text: string) =>
  http(app).post("/articles").set(auth).set("content-type", "text/plain").send(text).expect(201);

/** The connection, recording the SQL of every statement prepared through it (to read the plans queries use). */
export function recordingPrepares(sqlite: Database.Database, texts: string[]): Database.Database {
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare")
        return (text: string) => {
          texts.push(text);
          return target.prepare(text);
        };
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
