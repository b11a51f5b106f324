import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";
import { loadSeedFolder } from "../ingest/seed.js";
import { seedsFolder } from "../paths.js";

/** `npm run seed [-- FOLDER]`: loads every article of the seeds folder; articles already stored are skipped. */
const config = loadConfig();
const folder = process.argv[2] ?? seedsFolder;
const db = openDatabase(config.DATABASE_PATH);
try {
  runMigrations(db);
  const results = loadSeedFolder(db, folder);
  for (const r of results) {
    const what = r.created
      ? `added: ${r.meetings.created.length} meetings new, ${r.meetings.merged.length} merged, ${r.participants.length} participants, ${r.quotes.length} quotes`
      : "already loaded, nothing changed";
    console.log(`${r.articleId}: ${what}`);
    for (const w of r.warnings) console.log(`  warning: ${w}`);
  }
  console.log(
    `${results.filter((r) => r.created).length} of ${results.length} articles added to ${config.DATABASE_PATH}`,
  );
} finally {
  db.$client.close();
}
