import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8"));

describe("a fresh checkout", () => {
  it("installs without EBADENGINE on the oldest Node the project supports (package.json engines)", () => {
    const oldest = semver.minVersion(readJson("package.json").engines.node);
    expect(oldest?.major).toBe(20);
    const lock = readJson("package-lock.json") as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(oldest as semver.SemVer, (p.engines as { node: string }).node))
      .map(
        ([path, p]) =>
          `${path.replace(/^.*node_modules\//, "")}@${p.version}: node ${(p.engines as { node: string }).node}`,
      );
    expect(refusing).toEqual([]);
  });

  it("has no lint or format finding, not even a FIXABLE note", () => {
    const biome = spawnSync(join(root, "node_modules/.bin/biome"), ["check", "--max-diagnostics=200", "."], {
      cwd: root,
      encoding: "utf8",
    });
    expect(biome.status).toBe(0);
    // Each finding starts with "path:line:column rule".
    const findings = (biome.stdout + biome.stderr)
      .split("\n")
      .filter((line) => /^\S+:\d+:\d+ \S+/.test(line));
    expect(findings).toEqual([]);
  }, 60_000);
});
