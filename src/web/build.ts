import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { projectRoot } from "../paths.js";

/** Where the page's sources live (this folder). */
// From the project root, not from this file: a tsc build runs this module from dist/src/web.
export const webSourceFolder = join(projectRoot, "src", "web");
/** Where the built page goes: `dist/web/` at the project root (gitignored). */
export const webDistFolder = join(projectRoot, "dist", "web");
/** The files a build produces, all served by `src/plugins/external/web.ts`. */
export const webFiles = ["index.html", "app.js", "app.css"] as const;

/**
 * True when a file of the build is missing from `outDir`, or when a source file in `src/web/` is newer than the
 * oldest of them (sources absent, as in a deployment of the build only, count as not newer).
 */
export async function webBuildIsStale(outDir: string = webDistFolder): Promise<boolean> {
  let oldestOutput = Number.POSITIVE_INFINITY;
  for (const file of webFiles) {
    try {
      oldestOutput = Math.min(oldestOutput, (await stat(join(outDir, file))).mtimeMs);
    } catch {
      return true;
    }
  }
  let sources: string[];
  try {
    sources = await readdir(webSourceFolder);
  } catch {
    return false;
  }
  for (const file of sources) {
    if (!/\.(ts|css|html)$/.test(file)) continue;
    const modified = (await stat(join(webSourceFolder, file))).mtimeMs;
    if (modified > oldestOutput) return true;
  }
  return false;
}

/** Writes a file through a temporary name, so a concurrent reader never sees half of it. */
async function writeAtomically(path: string, contents: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/**
 * Bundles the page's TypeScript and CSS with esbuild and copies its HTML: `index.html`, `app.js`, `app.css`
 * in `outDir` (default `dist/web/`). Safe to run from several processes at once.
 */
export async function buildWeb(outDir: string = webDistFolder): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: [
      { in: join(webSourceFolder, "main.ts"), out: "app" },
      { in: join(webSourceFolder, "app.css"), out: "app" },
    ],
    outdir: outDir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "silent",
    tsconfig: join(webSourceFolder, "tsconfig.json"),
  });
  const written: string[] = [];
  for (const file of result.outputFiles) {
    await writeAtomically(file.path, file.contents);
    written.push(file.path);
  }
  const html = await readFile(join(webSourceFolder, "index.html"));
  const htmlPath = join(outDir, "index.html");
  await writeAtomically(htmlPath, html);
  written.push(htmlPath);
  return written;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const files = await buildWeb();
  console.log(`built ${files.length} files into ${webDistFolder}`);
}
