import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/paths.js";
import { rssMb, startFlags, startServer } from "./processes.js";

/**
 * `npm run build && npx tsx bench/exports.ts --db FILE [--downloads 10]`
 *
 * The export target on a large file: the built server as `npm start` runs it over FILE, `--downloads`
 * concurrent `GET /export/timeline.db` read to the end, while the snapshot folder (`FILE.exports/`) is sampled
 * every 50 ms. Reports each download's status, bytes and ETag, the most snapshot files seen at once and left after,
 * the server's peak RSS; then kills the server (SIGKILL: nothing cleaned up), counts what it left, starts it again
 * and counts what is left once it is ready.
 */
const { values } = parseArgs({
  options: { db: { type: "string" }, downloads: { type: "string", default: "10" } },
});
if (!values.db) {
  console.error("usage: npx tsx bench/exports.ts --db FILE [--downloads 10]");
  process.exit(2);
}
const db = values.db;
const folder = `${db}.exports`;
const snapshots = () => (existsSync(folder) ? readdirSync(folder) : []);
const start = () =>
  startServer(
    join(projectRoot, "dist", "src", "server.js"),
    [],
    { DATABASE_PATH: db },
    {
      nodeFlags: startFlags(projectRoot),
    },
  );

const server = await start();
let most = 0;
let peakRss = 0;
const seen = new Set<string>();
const sampler = setInterval(() => {
  const files = snapshots();
  for (const f of files) seen.add(f);
  most = Math.max(most, files.length);
  peakRss = Math.max(peakRss, rssMb(server.child.pid as number));
}, 50);
const started = performance.now();
const results = await Promise.all(
  Array.from({ length: Number(values.downloads) }, async () => {
    const res = await fetch(`${server.url}/export/timeline.db`);
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
    return { status: res.status, bytes, etag: res.headers.get("etag") };
  }),
);
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;
const after = snapshots();
console.log(
  `${results.length} concurrent downloads of ${db} (${(statSync(db).size / 1e6).toFixed(0)} MB) in ${seconds.toFixed(1)} s: ` +
    `statuses ${[...new Set(results.map((r) => r.status))].join(",")}, ` +
    `bytes ${[...new Set(results.map((r) => r.bytes))].join(",")}, ETags ${[...new Set(results.map((r) => r.etag))].join(",")}`,
);
console.log(
  `snapshot files: at most ${most} at once (${seen.size} names seen: ${[...seen].join(", ")}), ${after.length} after ` +
    `(${after.join(", ")}); server peak RSS ${peakRss.toFixed(0)} MB`,
);
server.child.kill("SIGKILL");
await new Promise((resolve) => server.child.once("exit", resolve));
console.log(`after SIGKILL: ${snapshots().length} snapshot files (${snapshots().join(", ")})`);
const again = await start();
console.log(`after a restart (ready): ${snapshots().length} snapshot files`);
await again.stop();
process.exit(0);
