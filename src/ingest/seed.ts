import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Db } from "../db/client.js";
import { errataPathFor, readErrataFor } from "./errata.js";
import { type IngestResult, ingestArticle } from "./store.js";

/** Loads every `*.txt` of a folder (sorted by name), with its `*.errata.json` when there is one. */
export function loadSeedFolder(db: Db, folder: string): IngestResult[] {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return files.map((file) => {
    const path = join(folder, file);
    return ingestArticle(db, readFileSync(path, "utf8"), {
      source: `seeds/${file}`,
      errata: readErrataFor(path),
      errataSource: `seeds/${basename(errataPathFor(path))}`,
    });
  });
}
