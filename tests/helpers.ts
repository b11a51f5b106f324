import { readFileSync } from "node:fs";
import { join } from "node:path";
import request from "supertest";
import { afterEach } from "vitest";
import { type App, buildApp } from "../src/app.js";
import { seedsFolder } from "../src/paths.js";

export const seedArticlePath = join(seedsFolder, "000_ac63f187e8067ee2.txt");
export const seedText = readFileSync(seedArticlePath, "utf8");

const open: App[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((app) => app.close()));
});

/** A fresh app over a fresh in-memory database loaded from seeds/ by the same loader the server uses. */
export async function seededApp(): Promise<App> {
  const app = await buildApp({ seedsFolder });
  open.push(app);
  await app.ready();
  return app;
}

/** supertest against an app's server, without listening on a port. */
export const http = (app: App) => request(app.server);
