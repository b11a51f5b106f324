import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";

/**
 * Reads the seed's details many times in a process of its own under `--trace-gc-nvp` and prints the bytes the
 * scavenges promoted to the old generation while it did. A lookup's objects die with the request that asked for
 * them: building a row as `{ ...row, extra }` made V8 promote them all the same (6.8 KB per meeting detail at 100k
 * meetings, a quote's row each), and the old generation filled with garbage for mark-compacts to collect.
 */
const script = `
import { buildApp } from "./src/app.ts";
import { seedsFolder } from "./src/paths.ts";
const app = await buildApp({ seedsFolder });
const { meetings, participants, quotes } = app.repositories;
const meetingIds = meetings.list({ limit: 100 }).rows.map((m) => m.id);
const participantIds = participants.list({ limit: 100 }).rows.map((p) => p.id);
const quoteIds = quotes.list({ limit: 100 }).rows.map((q) => q.id);
const read = (i) => [
  meetings.get(meetingIds[i % meetingIds.length]),
  participants.get(participantIds[i % participantIds.length]),
  quotes.get(quoteIds[i % quoteIds.length]),
];
let kept = 0;
for (let i = 0; i < 20000; i++) kept += read(i).length;
console.log("MEASURE BEGIN");
for (let i = 0; i < 40000; i++) kept += read(i).length;
console.log("MEASURE END");
await app.close();
console.log("READS", 40000, meetingIds.length, participantIds.length, quoteIds.length, kept > 0);
`;

describe("a detail lookup's objects", () => {
  it("die young: reading meetings, participants and quotes promotes next to nothing", () => {
    const out = execFileSync(
      process.execPath,
      ["--max-semi-space-size=1", "--trace-gc-nvp", "--import", "tsx", "--input-type=module", "-e", script],
      { cwd: projectRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    const lines = out.split("\n");
    const window = lines.slice(lines.indexOf("MEASURE BEGIN") + 1, lines.indexOf("MEASURE END"));
    const scavenges = window.filter((line) => /\bgc=s\b/.test(line));
    const promoted = scavenges.reduce(
      (sum, line) => sum + Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? 0),
      0,
    );
    const reads = lines.find((line) => line.startsWith("READS"))?.split(" ") ?? [];
    expect(reads.slice(2, 5).every((n) => Number(n) > 0)).toBe(true);
    expect(scavenges.length).toBeGreaterThan(10);
    // Before: ~500 bytes a round of three lookups on the seed; a live object caught by a scavenge is a few bytes.
    expect(promoted / 40000).toBeLessThan(50);
  });
});
