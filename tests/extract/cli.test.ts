import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "./helpers.js";

const run = (...files: string[]) =>
  spawnSync("npx", ["tsx", "src/cli/extract.ts", ...files], {
    encoding: "utf8",
    cwd: join(import.meta.dirname, "../.."),
  });

describe("extract CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  const good = join(dir, "good.txt");
  const bad = join(dir, "bad.txt");
  writeFileSync(good, article("2024-03-06", "Envoys held talks in Madrid on Monday."));
  writeFileSync(bad, "no header here");

  it("prints one object for one file", () => {
    const r = run(good);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).meetings[0].city).toBe("Madrid");
  });

  it("reports bad files on stderr, prints the rest, exits 2", () => {
    const r = run(good, bad, join(dir, "missing.txt"));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^extract: .*bad\.txt: /);
    expect(lines[1]).toMatch(/^extract: .*missing\.txt: /);
  });
}, 30000);
