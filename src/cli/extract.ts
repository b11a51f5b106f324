import { readFileSync } from "node:fs";
import { ArticleFormatError, extractArticle, projectExtraction } from "../extract/index.js";
import { missingBody } from "../text/article.js";
import { decodeText } from "../text/decode.js";

/** A file's text, decoded and checked as POST /articles and `npm run ingest` do. */
function readArticle(file: string): string {
  const text = decodeText(readFileSync(file));
  const missing = missingBody(text);
  if (missing) throw new Error(missing);
  return text;
}

/** `tsx src/cli/extract.ts FILE [FILE…]`: prints the projected extraction of each file as JSON. */
function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write("usage: extract FILE [FILE…]\n");
    return 2;
  }
  const results: unknown[] = [];
  let failed = false;
  for (const file of files) {
    try {
      results.push(projectExtraction(extractArticle(readArticle(file))));
    } catch (error) {
      failed = true;
      const reason =
        error instanceof ArticleFormatError || error instanceof Error ? error.message : String(error);
      process.stderr.write(`extract: ${file}: ${reason.split("\n")[0]}\n`);
    }
  }
  if (results.length > 0)
    process.stdout.write(`${JSON.stringify(files.length === 1 ? results[0] : results, null, 2)}\n`);
  return failed ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
