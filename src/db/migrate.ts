import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsFolder } from "../paths.js";
import type { Db } from "./client.js";

/** Applies the committed drizzle-kit migrations; already-applied ones are skipped. */
export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder });
}
