import { count } from "drizzle-orm";
import type { Db } from "./db/client.js";
import { runMigrations } from "./db/migrate.js";
import { articles } from "./db/schema.js";

/**
 * What every start does to its database before serving, whoever starts (the app factory, a cluster primary):
 * apply the migrations and, when no article is loaded yet, load the seed folder (true when it did).
 */
export async function prepareDatabase(db: Db, seedsFolder: string | null | undefined): Promise<boolean> {
  runMigrations(db);
  if (!seedsFolder) return false;
  const [loaded] = db.select({ n: count() }).from(articles).all();
  if ((loaded?.n ?? 0) > 0) return false;
  // The seed loader pulls in the extractor (gazetteer, NLP model: ~66 MB resident), which a server over a loaded
  // database never needs: it is imported only when there is something to seed.
  const { loadSeedFolder } = await import("./ingest/seed.js");
  loadSeedFolder(db, seedsFolder);
  return true;
}

/** A start that fails (configuration, a corrupt or unwritable database, a busy port) ends in one line, exit 1. */
export function failToStart(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`cannot start the server: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(1);
}
