import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project folder, found from this file so it works from `src/` (tsx) and from a build under `dist/` (which
 * holds a copy of package.json but no migrations).
 */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "migrations"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();
export const migrationsFolder = join(projectRoot, "migrations");
export const seedsFolder = join(projectRoot, "seeds");
/** The built page (`npm run build` writes it; the server only serves it). */
export const webDistFolder = join(projectRoot, "dist", "web");
