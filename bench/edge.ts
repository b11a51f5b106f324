import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/paths.js";
import { type LoadResult, load, summarise } from "./load.js";
import { compileBenchServer, cpuMs, startFlags as flagsOf, type Server, startServer } from "./processes.js";

/**
 * `npm run bench:edge [-- --rounds 3] [--duration 4] [--connections 32] [--path /meetings] [--before DIR]`
 *
 * The user's server against bare Fastify, for one URL, in one run with alternated rounds: the API as `npm start`
 * runs it (built, its node flags, LOG_LEVEL as configured: info by default, log lines written to a pipe that
 * discards them), bare Fastify answering the same bytes and content type from memory, and the differences one at
 * a time (log level, node flags, helmet's full header set on JSON, the response cache), so the table says what
 * each costs. `--before DIR`: also a built checkout of an earlier commit (its `dist/src/server.js`). `--pair`: only
 * bare Fastify, npm start and the before build. `--node-variants "FLAGS;FLAGS"`: npm start's server under other
 * node flags, a row each. Besides the ratio of medians, each server's ratio is read within each round against that
 * round's bare Fastify (the order rotated every round) and reported as the median of rounds with its range: with
 * `--pair` (8 rounds of 2 s by default) one noisy round cannot decide the figure.
 */
const { values } = parseArgs({
  options: {
    // --pair: 8 rounds of 2 s by default, as the median of per-round ratios needs many short rounds.
    rounds: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string", default: "32" },
    path: { type: "string", default: "/meetings" },
    before: { type: "string" },
    // Only bare Fastify, npm start and --before: the pairing the issue names, with fewer servers sharing the cores.
    pair: { type: "boolean", default: false },
    // Other node flags for npm start's server, one set per `;` (e.g. "--max-semi-space-size=16;"), each a row.
    "node-variants": { type: "string" },
  },
});
const rounds = Number(values.rounds ?? (values.pair ? 8 : 3));
const duration = Number(values.duration ?? (values.pair ? 2 : 4));
const connections = Number(values.connections);
const path = values.path;
const apiServer = await compileBenchServer("api-server");
const bareServer = await compileBenchServer("bare-server");
const startFlags = flagsOf(projectRoot);

setTimeout(
  () => {
    console.error("bench:edge: still running after the budget, giving up");
    process.exit(1);
  },
  (rounds * 10 * (duration + 2) + 300) * 1000,
).unref();

/** The median of a server's per-round ratios to bare Fastify, and their range: one noisy round cannot decide it. */
function pairRatio(ratios: number[]): string {
  if (!ratios.length) return "–";
  const sorted = [...ratios].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return `${median.toFixed(2)}× [${(sorted[0] as number).toFixed(2)}–${(sorted.at(-1) as number).toFixed(2)}]`;
}

const scratch = mkdtempSync(join(tmpdir(), "bench-edge-"));
const servers: Server[] = [];
try {
  const dbPath = join(scratch, "timeline.db");
  const built = join(projectRoot, "dist", "src", "server.js");
  const env = { DATABASE_PATH: dbPath, LOG_LEVEL: "info" };
  const start = (entry: string, args: string[], extraEnv: Record<string, string>, nodeFlags: string[]) =>
    startServer(entry, args, { ...env, ...extraEnv }, { nodeFlags, quiet: true }).then((s) => {
      servers.push(s);
      return s;
    });
  console.log(`bench:edge ${path}: starting the servers…`);
  const api = await start(built, [], {}, startFlags);
  const first = await fetch(`${api.url}${path}`, { headers: { "accept-encoding": "identity" } });
  const body = Buffer.from(await first.arrayBuffer());
  const fixtures = join(scratch, "fixtures.json");
  writeFileSync(
    fixtures,
    JSON.stringify([
      { url: path, contentType: first.headers.get("content-type"), body: body.toString("base64") },
    ]),
  );
  const variant = (name: string) => start(apiServer, [name], {}, startFlags);
  const configs: { name: string; server: Server }[] = [
    {
      name: "bare Fastify, same body",
      server: await start(bareServer, [fixtures], {}, []),
    },
    { name: "npm start (LOG_LEVEL=info)", server: api },
  ];
  for (const flags of values["node-variants"]?.split(";") ?? []) {
    const nodeFlags = flags.split(/\s+/).filter(Boolean);
    configs.push({
      name: `npm start with node flags "${nodeFlags.join(" ")}"`,
      server: await start(built, [], {}, nodeFlags),
    });
  }
  if (!values.pair)
    configs.push(
      {
        name: "npm start, LOG_LEVEL=warn",
        server: await start(built, [], { LOG_LEVEL: "warn" }, startFlags),
      },
      {
        name: "npm start, no logger (LOG_LEVEL=silent)",
        server: await start(built, [], { LOG_LEVEL: "silent" }, startFlags),
      },
      { name: "npm start without node flags", server: await start(built, [], {}, []) },
      { name: "bench/api-server.ts, as built", server: await variant("") },
      { name: "… + helmet's full set on JSON (before)", server: await variant("helmet-headers") },
      { name: "… without the response cache", server: await variant("no-cache") },
    );
  if (values.before) {
    configs.push({
      name: "before (--before build)",
      // As its own npm start ran it: a build before a change of flags keeps the flags it shipped with.
      server: await start(join(values.before, "dist", "src", "server.js"), [], {}, flagsOf(values.before)),
    });
  }
  const results = new Map<string, LoadResult[]>(configs.map((c) => [c.name, []]));
  const cpu = new Map<string, { ms: number; requests: number }>(
    configs.map((c) => [c.name, { ms: 0, requests: 0 }]),
  );
  for (const c of configs) await load(c.server.url, [path], connections, 1); // warm: JIT, caches
  // Each round's order is rotated (bare first, then last, …), so a load that drifts during a round does not always
  // fall on the same server; each server's ratio is taken within its round, against that round's bare Fastify.
  const perRound = new Map<string, number[]>(configs.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) {
    const order = configs.map((_, i) => configs[(i + r) % configs.length] as (typeof configs)[number]);
    const round = new Map<string, number>();
    for (const c of order) {
      const before = cpuMs(c.server.child.pid as number);
      const result = await load(c.server.url, [path], connections, duration);
      const used = cpu.get(c.name);
      if (used) {
        used.ms += cpuMs(c.server.child.pid as number) - before;
        used.requests += result.requests;
      }
      results.get(c.name)?.push(result);
      round.set(c.name, result.rps);
      console.log(`  round ${r + 1} ${c.name}: ${Math.round(result.rps)} req/s`);
    }
    const bareRps = round.get(configs[0]?.name as string) ?? 0;
    for (const c of configs) perRound.get(c.name)?.push((round.get(c.name) ?? 0) / Math.max(1, bareRps));
  }
  const bare = summarise(results.get(configs[0]?.name as string) ?? []);
  console.log(
    `\n${path}, ${body.length} bytes, ${rounds} rounds × ${duration} s alternated, ${connections} connections; medians`,
  );
  console.log(
    "| server | req/s | × bare (medians) | × bare, median of rounds [range] | server CPU µs/request | p50 | p99 | errors |\n" +
      "|:--|--:|--:|--:|--:|--:|--:|--:|",
  );
  for (const c of configs) {
    const s = summarise(results.get(c.name) ?? []);
    const used = cpu.get(c.name) ?? { ms: 0, requests: 1 };
    const us = Math.round((used.ms * 1000) / Math.max(1, used.requests));
    console.log(
      `| ${c.name} | ${s.rps.toLocaleString("en-US")} | ${(s.rps / bare.rps).toFixed(2)}× | ${pairRatio(perRound.get(c.name) ?? [])} | ${us} | ${s.p50} ms | ${s.p99} ms | ${s.errors} |`,
    );
  }
} finally {
  for (const server of servers) await server.stop().catch(() => {});
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(0);
