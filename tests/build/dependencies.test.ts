import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";

const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

/** Every .ts file the server build compiles: src/ without the browser page, which esbuild bundles at build time. */
function serverSources(dir = join(projectRoot, "src")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return relative(projectRoot, path) === join("src", "web") ? [] : serverSources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const packageOf = (specifier: string) =>
  specifier.startsWith("@")
    ? specifier.split("/").slice(0, 2).join("/")
    : (specifier.split("/")[0] as string);

describe("the built server", () => {
  it("imports only runtime dependencies: no bench, tsx, esbuild or other dev tooling", () => {
    const offending: string[] = [];
    for (const file of serverSources()) {
      const text = readFileSync(file, "utf8");
      for (const [, fromClause, dynamic] of text.matchAll(
        /^(?:import|export)\b[^;]*?\sfrom\s+"([^"]+)"|\bimport\("([^"]+)"\)/gm,
      )) {
        const specifier = (fromClause ?? dynamic) as string;
        if (specifier.startsWith(".")) {
          // The page's build script imports esbuild: the server serves what it built, never runs it.
          if (resolve(dirname(file), specifier).startsWith(join(projectRoot, "src", "web")))
            offending.push(`${relative(projectRoot, file)}: ${specifier}`);
          continue;
        }
        const name = packageOf(specifier);
        if (name.startsWith("node:") || builtinModules.includes(name)) continue;
        if (!(name in pkg.dependencies)) offending.push(`${relative(projectRoot, file)}: ${specifier}`);
      }
      if (/from "(\.\.\/)+bench\//.test(text)) offending.push(`${relative(projectRoot, file)}: bench/`);
    }
    expect(offending).toEqual([]);
  });
});
