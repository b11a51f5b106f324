import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Db } from "../db/client.js";
import { errataSchema } from "./errata.js";
import { type IngestResult, ingestArticle } from "./store.js";

/** Loads every `*.txt` of a folder (sorted by name), with its `*.errata.json` when there is one. */
export function loadSeedFolder(db: Db, folder: string): IngestResult[] {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return files.map((file) => {
    const text = readFileSync(join(folder, file), "utf8");
    const errataPath = join(folder, `${basename(file, ".txt")}.errata.json`);
    const errata = existsSync(errataPath)
      ? errataSchema.parse(JSON.parse(readFileSync(errataPath, "utf8")))
      : null;
    return ingestArticle(db, text, {
      source: `seeds/${file}`,
      errata,
      errataSource: `seeds/${basename(errataPath)}`,
    });
  });
}
