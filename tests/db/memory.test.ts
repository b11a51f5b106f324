import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("a database connection's memory", () => {
  it("maps at most 16 MiB of the file and caches at most 16,000 KiB of pages, unless told otherwise", () => {
    const folder = mkdtempSync(join(tmpdir(), "memory-"));
    folders.push(folder);
    const db = openDatabase(join(folder, "timeline.db"));
    // Mapped pages a query touches stay resident: 64 MiB of them took the server past 200 MB under load.
    expect(db.$client.pragma("mmap_size", { simple: true })).toBe(16 * 1024 * 1024);
    expect(db.$client.pragma("cache_size", { simple: true })).toBe(-16000);
    db.$client.close();
    const other = openDatabase(join(folder, "timeline.db"), { mmapBytes: 0, cacheKib: 2000 });
    expect(other.$client.pragma("mmap_size", { simple: true })).toBe(0);
    expect(other.$client.pragma("cache_size", { simple: true })).toBe(-2000);
    other.$client.close();
  });
});
