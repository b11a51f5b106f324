import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { ingestFiles } from "../../src/ingest/files.js";
import { decodeText, TextDecodeError } from "../../src/text/decode.js";
import { tempDir } from "../faults/helpers.js";

const latin1 = Buffer.from(
  " date 2024-01-09 Caf\xe9 talks\n\nEnvoys met in Z\xfcrich on Monday.\n",
  "latin1",
);
const headerOnly = " date 2024-01-09 Headline only\n\n";

function files(): { dir: string; latin: string; header: string } {
  const dir = join(tempDir("article-text"), "articles");
  mkdirSync(dir);
  const latin = join(dir, "latin1.txt");
  const header = join(dir, "header-only.txt");
  writeFileSync(latin, latin1);
  writeFileSync(header, headerOnly);
  return { dir, latin, header };
}

describe("decodeText, shared by POST /articles, npm run ingest and npm run extract", () => {
  it("decodes a declared charset and refuses invalid UTF-8 or unknown charsets", () => {
    expect(decodeText(latin1, "iso-8859-1")).toContain("Zürich");
    expect(decodeText(Buffer.from("\uFEFFZürich", "utf8"))).toBe("Zürich");
    expect(() => decodeText(latin1)).toThrow(/not valid UTF-8 \(byte 0xe9 at offset 20\)/);
    expect(() => decodeText(latin1, "x-klingon")).toThrow(TextDecodeError);
  });
});

describe("article files", () => {
  it("npm run ingest skips invalid UTF-8 and header-only files, as POST /articles refuses them", async () => {
    const { latin, header } = files();
    const db = openDatabase(":memory:");
    runMigrations(db);
    const result = await ingestFiles(db, [latin, header]);
    expect(result.failed).toEqual([
      { path: latin, reason: "not UTF-8 text" },
      { path: header, reason: expect.stringMatching(/no text; add its paragraphs/) },
    ]);
    expect(db.$client.prepare("SELECT count(*) FROM articles").pluck().get()).toBe(0);
    db.$client.close();
  });

  it("npm run extract refuses them too, instead of reading U+FFFD or an empty article", () => {
    const { latin, header } = files();
    const r = spawnSync("npx", ["tsx", "src/cli/extract.ts", latin, header], {
      encoding: "utf8",
      cwd: join(import.meta.dirname, "../.."),
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/latin1\.txt: the text is not valid UTF-8/);
    expect(lines[1]).toMatch(/header-only\.txt: .*no text/);
  }, 30_000);
});
