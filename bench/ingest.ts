import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.js";
import { runMigrations } from "../src/db/migrate.js";
import { extractArticle } from "../src/extract/index.js";
import { ingestArticle } from "../src/ingest/store.js";
import { projectRoot } from "../src/paths.js";

/** The dev articles and the seed, each varied by a closing paragraph so its content hash (and id) differs. */
function articleTexts(): string[] {
  const folders = [join(projectRoot, "tests", "fixtures", "dev-articles"), join(projectRoot, "seeds")];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(folder, f), "utf8")),
  );
}

const varied = (texts: string[], i: number) =>
  `${(texts[i % texts.length] as string).trimEnd()}\n\nThis is copy ${i} of the article.\n`;

/**
 * Articles per second through extract + store on this one core (the bench process), into a fresh SQLite file with
 * the server's pragmas: one transaction per article (as `npm run ingest` does), and in batch mode (100 articles per
 * transaction); extraction alone for comparison.
 */
export function measureIngestion(seconds: number) {
  const texts = articleTexts();
  const dir = mkdtempSync(join(tmpdir(), "bench-ingest-"));
  try {
    const db = openDatabase(join(dir, "ingest.db"));
    runMigrations(db);
    let i = 0;
    const rate = (run: () => number) => {
      const start = performance.now();
      let n = 0;
      while (performance.now() - start < seconds * 1000) n += run();
      return Math.round(n / ((performance.now() - start) / 1000));
    };
    const extractOnly = rate(() => {
      extractArticle(varied(texts, i++));
      return 1;
    });
    const perArticle = rate(() => {
      ingestArticle(db, varied(texts, i++));
      return 1;
    });
    const batch = db.$client.transaction((n: number) => {
      for (let k = 0; k < n; k++) ingestArticle(db, varied(texts, i++));
    });
    const batched = rate(() => {
      batch(100);
      return 100;
    });
    const stored = db.$client.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    db.$client.close();
    return { articles: texts.length, stored, extractOnly, perArticle, batched };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
