import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/paths.js";
import { mixedUrls, runMixed } from "./mixed.js";
import { cpuMs, type Server, startFlags, startServer } from "./processes.js";

/**
 * `npm run bench:mixed -- --db FILE [--before DIR [--before-db FILE]] [--rounds 2] [--duration 20]
 *   [--connections 32] [--node-variants "FLAGS;FLAGS"] [--workers N]`
 *
 * The mixed workload (Zipf over ~6,400 URLs of FILE, as in `npm run bench`) against the built server as `npm start`
 * runs it, and with `--before DIR` against an earlier build too, in alternated rounds over the same URL list:
 * req/s, p50/p99 overall and per family, and the server's peak RSS split into anonymous memory (heap, SQLite's page
 * cache, response cache) and file-backed pages (the node binary, SQLite's memory map). `--node-variants`: this build
 * under other node flags too, one set per `;` ("" for none), each alternated like a build. `--before-db`: the
 * earlier build reads its own copy of the database (a server migrates its file at start, so a build that adds an
 * index would otherwise lend it to the build before). `--workers N`: every server with WORKERS=N. Each server's
 * CPU time per request (from /proc, the primary and its workers) is reported too: on a shared machine req/s and
 * p99 move with other people's jobs, the CPU a request costs barely does.
 */
const { values } = parseArgs({
  options: {
    db: { type: "string" },
    before: { type: "string" },
    "before-db": { type: "string" },
    workers: { type: "string" },
    rounds: { type: "string", default: "2" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "32" },
    "node-variants": { type: "string" },
  },
});
if (!values.db) {
  console.error("usage: npm run bench:mixed -- --db FILE [--before DIR]");
  process.exit(2);
}
const db = values.db;
const seconds = Number(values.duration);
const connections = Number(values.connections);
const nodeFlags = startFlags(projectRoot);
const builds = [{ name: "after", root: projectRoot, flags: nodeFlags, db }];
for (const variant of values["node-variants"]?.split(";") ?? []) {
  const flags = variant.split(/\s+/).filter(Boolean);
  builds.push({ name: `after, node flags "${flags.join(" ")}"`, root: projectRoot, flags, db });
}
if (values.before)
  builds.push({
    name: "before",
    root: values.before,
    flags: startFlags(values.before),
    db: values["before-db"] ?? db,
  });
setTimeout(
  () => process.exit(1),
  (builds.length * Number(values.rounds) * (seconds + 40) + 120) * 1000,
).unref();

/** The server's process ids: the primary and, with WORKERS, its workers. */
function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(/\s+/).filter(Boolean);
    return [pid, ...children.flatMap((child) => processTree(Number(child)))];
  } catch {
    return [pid];
  }
}

/**
 * Peak resident memory in MB from /proc/PID/smaps_rollup, sampled while the load runs: the sum over the server's
 * processes (with WORKERS, each worker holds its own heap, caches and map).
 */
function samplePeak(pid: number) {
  let peak = { rss: 0, anon: 0, file: 0 };
  const timer = setInterval(() => {
    const now = { rss: 0, anon: 0, file: 0 };
    for (const id of processTree(pid)) {
      try {
        const text = readFileSync(`/proc/${id}/smaps_rollup`, "utf8");
        const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0) / 1024;
        now.rss += kb("Rss");
        now.anon += kb("Anonymous");
        now.file += kb("Rss") - kb("Anonymous");
      } catch {
        // the process is gone
      }
    }
    if (now.rss > peak.rss) peak = now;
  }, 200);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

const workers: Record<string, string> = values.workers ? { WORKERS: values.workers } : {};
const start = (root: string, flags: readonly string[] = nodeFlags, file = db): Promise<Server> =>
  startServer(
    join(root, "dist", "src", "server.js"),
    [],
    { DATABASE_PATH: file, ...workers },
    { nodeFlags: flags },
  );

/** CPU milliseconds used so far by a server's processes. */
const treeCpuMs = (pid: number): number => processTree(pid).reduce((ms, id) => ms + cpuMs(id), 0);

const first = await start(projectRoot);
const urls = await mixedUrls(db, first.url, 1000);
await first.stop();
console.log(
  `mixed workload on ${db}: ${urls.length} URLs, ${connections} connections, ${seconds} s per round`,
);
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const build of builds) {
    const server = await start(build.root, build.flags, build.db);
    try {
      // Warm: JIT-compiled, the caches holding the popular head (another seed's draws).
      await runMixed(server.url, urls, { seconds: 5, connections, seed: 99 });
      const stop = samplePeak(server.child.pid as number);
      const cpuBefore = treeCpuMs(server.child.pid as number);
      const r = await runMixed(server.url, urls, { seconds, connections });
      const cpu = treeCpuMs(server.child.pid as number) - cpuBefore;
      const m = stop();
      const mb = (x: number) => x.toFixed(0);
      console.log(
        `${build.name} (round ${round}): ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.timeouts} errors; ` +
          `CPU ${r.requests ? Math.round((cpu * 1000) / r.requests) : 0} µs/request; ` +
          `peak RSS ${mb(m.rss)} MB (anonymous ${mb(m.anon)}, file-backed ${mb(m.file)})`,
      );
      for (const f of r.families)
        console.log(
          `  ${f.family}: ${f.requests} requests, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.errors} errors`,
        );
    } finally {
      await server.stop();
    }
  }
}
process.exit(0);
