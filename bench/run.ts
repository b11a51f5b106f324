import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/paths.js";
import { measureIngestion } from "./ingest.js";
import { measureDeepPages } from "./keyset.js";
import { type LoadResult, load, type Summary, summarise } from "./load.js";
import { mixedUrls, runMixed } from "./mixed.js";
import { compileBenchServer, type Server, sampleRss, startServer } from "./processes.js";
import { pickRoutes, type RouteSpec } from "./routes.js";

/**
 * `npm run bench [-- --db FILE] [--rounds 3] [--duration 5] [--connections 32] [--workers N] [--variant LIST]
 *   [--ablate [--ablate-duration 3]] [--routes NAME,…] [--pool 200] [--no-ingest] [--label NAME]
 *   [--node-flags "FLAGS"]`
 *
 * Starts the built API (`node dist/src/server.js` with `npm start`'s flags, a child process) over a fresh seeded database or FILE, and a
 * bare Fastify server (another child) that answers each measured URL with the exact bytes and content type the API
 * sent for it, from memory. Each route is loaded with autocannon from this process, API and bare alternately,
 * `rounds` times; the table gives the median req/s, p50/p99 latency and the ratio API/bare, plus the server's peak
 * RSS. `--ablate` also measures `/meetings` and `/meetings/:id` with each performance means switched off, and with
 * WORKERS=1 and 2. Results go to bench/results.json (merged by label). Everything stops and exits by itself.
 * The API runs with the Node flags of package.json's `start` (V8 heap sizing), or `--node-flags` ("" for
 * none); the idle RSS (after start and the first requests) and the peak under load are reported.
 */
const { values } = parseArgs({
  options: {
    db: { type: "string" },
    rounds: { type: "string", default: "3" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "32" },
    workers: { type: "string", default: "1" },
    variant: { type: "string", default: "" },
    ablate: { type: "boolean", default: false },
    "ablate-duration": { type: "string", default: "3" },
    routes: { type: "string" },
    pool: { type: "string", default: "200" },
    "no-ingest": { type: "boolean", default: false },
    label: { type: "string" },
    "node-flags": { type: "string" },
    "no-mixed": { type: "boolean", default: false },
    "mixed-duration": { type: "string", default: "20" },
    "mixed-scale": { type: "string", default: "1000" },
    zipf: { type: "string", default: "1" },
    out: { type: "string", default: join(projectRoot, "bench", "results.json") },
  },
});
const rounds = Number(values.rounds);
const duration = Number(values.duration);
const connections = Number(values.connections);
// The API as `npm start` runs it (built by `npm run bench` first); variants and the bare server compiled here.
const apiEntry = join(projectRoot, "dist", "src", "server.js");
const variantEntry = await compileBenchServer("api-server");
const bareEntry = await compileBenchServer("bare-server");

// Every run is bounded: whatever hangs, the bench ends (children are killed on exit).
const routeCount = values.routes ? values.routes.split(",").length : 8;
const ablations = values.ablate ? 8 * 2 : 0;
const budgetMs =
  ((routeCount + ablations) * (rounds * 2 + 2) * (duration + 2) + Number(values["mixed-duration"]) + 900) *
  1000;
setTimeout(() => {
  console.error(`bench: still running after ${Math.round(budgetMs / 1000)} s, giving up`);
  process.exit(1);
}, budgetMs).unref();

const scratch = mkdtempSync(join(tmpdir(), "bench-"));
const dbPath = values.db ?? join(scratch, "timeline.db");
if (values.db && !existsSync(values.db)) throw new Error(`no database at ${values.db}`);
const label =
  values.label ??
  (values.db ? basename(values.db, ".db") : "seed") + (values.variant ? `+${values.variant}` : "");
const env = { DATABASE_PATH: dbPath, WORKERS: values.workers };

/** The flags `npm start` gives node before the entry point, so the bench measures what is deployed. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8"));
  const words = String(pkg.scripts?.start ?? "").split(/\s+/);
  return words.slice(words.indexOf("node") + 1).filter((w) => w.startsWith("--"));
}
const nodeFlags =
  values["node-flags"] === undefined ? startFlags() : values["node-flags"].split(/\s+/).filter(Boolean);

const startApi = (variant: string, workers: string): Promise<Server> =>
  variant
    ? startServer(variantEntry, [variant], { ...env, WORKERS: workers }, { nodeFlags })
    : startServer(apiEntry, [], { ...env, WORKERS: workers }, { nodeFlags });

interface RouteResult {
  route: string;
  urls: number;
  example: string;
  bytes: number;
  api: Summary;
  bare: Summary;
  ratio: number;
}

async function measure(
  api: Server,
  bare: Server,
  route: RouteSpec,
  seconds = duration,
): Promise<RouteResult> {
  const apiRounds: LoadResult[] = [];
  const bareRounds: LoadResult[] = [];
  // Warm both (JIT, SQLite page cache, response cache) before the measured rounds.
  await load(api.url, route.paths, connections, 1);
  await load(bare.url, route.paths, connections, 1);
  for (let r = 0; r < rounds; r++) {
    apiRounds.push(await load(api.url, route.paths, connections, seconds));
    bareRounds.push(await load(bare.url, route.paths, connections, seconds));
  }
  const a = summarise(apiRounds);
  const b = summarise(bareRounds);
  return {
    route: route.name,
    urls: route.paths.length,
    example: route.paths[0] as string,
    bytes: fixtureBytes.get(route.paths[0] as string) ?? 0,
    api: a,
    bare: b,
    ratio: Math.round((a.rps / b.rps) * 100) / 100,
  };
}

const fixtureBytes = new Map<string, number>();
/** Captures what the API answers to each URL (as autocannon asks: no Accept-Encoding) for the bare server. */
async function capture(api: Server, routes: RouteSpec[]): Promise<string> {
  const fixtures: { url: string; contentType: string; body: string }[] = [];
  for (const route of routes) {
    for (const url of route.paths) {
      const res = await fetch(`${api.url}${url}`, { headers: { "accept-encoding": "identity" } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200)
        throw new Error(`${url} answered ${res.status}: ${body.toString().slice(0, 300)}`);
      fixtureBytes.set(url, body.length);
      fixtures.push({
        url,
        contentType: res.headers.get("content-type") ?? "application/json",
        body: body.toString("base64"),
      });
    }
  }
  const file = join(scratch, "fixtures.json");
  writeFileSync(file, JSON.stringify(fixtures));
  return file;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
function table(results: RouteResult[], title: string): string {
  const header = [
    "route",
    "URLs",
    "bytes",
    "API req/s",
    "bare req/s",
    "API/bare",
    "API p50",
    "API p99",
    "bare p99",
    "errors",
  ];
  const rows = results.map((r) => [
    r.route,
    String(r.urls),
    fmt(r.bytes),
    fmt(r.api.rps),
    fmt(r.bare.rps),
    `${r.ratio.toFixed(2)}×`,
    `${r.api.p50} ms`,
    `${r.api.p99} ms`,
    `${r.bare.p99} ms`,
    String(r.api.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(" | ")} |`;
  return [
    title,
    line(header),
    `|${widths.map((w, i) => (i === 0 ? ":" : "") + "-".repeat(w + 1) + (i === 0 ? "" : ":")).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

const servers: Server[] = [];
const output: Record<string, unknown> = {
  label,
  database: values.db ?? "seed (fresh temp file, seeded on start)",
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  settings: {
    rounds,
    duration,
    connections,
    workers: Number(values.workers),
    variant: values.variant || null,
    nodeFlags,
  },
};
try {
  console.log(`bench ${label}: starting the API over ${dbPath}…`);
  let api = await startApi(values.variant, values.workers);
  servers.push(api);
  const pool = values.db ? Number(values.pool) : 1;
  let routes = pickRoutes(dbPath, pool);
  if (values.routes) {
    const wanted = values.routes.split(",");
    routes = routes.filter((r) => wanted.includes(r.name));
  }
  const counts = await (await fetch(`${api.url}/meta`)).json().catch(() => null);
  output.counts = (counts as { counts?: unknown } | null)?.counts ?? null;
  const bare = await startServer(bareEntry, [await capture(api, routes)], {});
  servers.push(bare);

  const results: RouteResult[] = [];
  const idle = sampleRss(api.child.pid as number).stop();
  output.rssIdleMb = { largestProcess: Math.round(idle.process), allProcesses: Math.round(idle.total) };
  const rss = sampleRss(api.child.pid as number);
  for (const route of routes) {
    process.stdout.write(`  ${route.name} (${route.paths.length} URL${route.paths.length > 1 ? "s" : ""})…`);
    const result = await measure(api, bare, route);
    results.push(result);
    console.log(` ${fmt(result.api.rps)} vs ${fmt(result.bare.rps)} req/s, p99 ${result.api.p99} ms`);
  }
  const peak = rss.stop();
  output.routes = results;
  output.rssPeakMb = { largestProcess: Math.round(peak.process), allProcesses: Math.round(peak.total) };
  const title = `\n${label}: ${rounds} rounds × ${duration} s, ${connections} connections, WORKERS=${values.workers}${values.variant ? `, variant ${values.variant}` : ""}; medians`;
  console.log(table(results, title));
  console.log(
    `server RSS idle: ${fmt(idle.process)} MB, peak under load: ${fmt(peak.process)} MB (largest process), ${fmt(peak.total)} MB (all processes); node flags: ${nodeFlags.join(" ") || "none"}`,
  );

  if (values.ablate) {
    const ablationRoutes = routes.filter((r) => r.name === "/meetings" || r.name === "/meetings/:id");
    // The means under the response cache (serializer, pragmas, prepared statements) only show on a miss, so each
    // is measured against the API without the cache.
    const configs: { name: string; variant: string; workers: string }[] = [
      { name: "as built", variant: "", workers: "1" },
      { name: "no response cache", variant: "no-cache", workers: "1" },
      { name: "no cache, zod-checked JSON.stringify", variant: "no-cache,zod", workers: "1" },
      { name: "no cache, SQLite default pragmas", variant: "no-cache,default-pragmas", workers: "1" },
      { name: "no cache, statements prepared per call", variant: "no-cache,unprepared", workers: "1" },
      { name: "naive (all four off)", variant: "no-cache,zod,default-pragmas,unprepared", workers: "1" },
      { name: "WORKERS=2", variant: "", workers: "2" },
      { name: "WORKERS=2, no response cache", variant: "no-cache", workers: "2" },
    ];
    const ablation: { config: string; route: string; result: RouteResult }[] = [];
    await api.stop();
    for (const config of configs) {
      api = await startApi(config.variant, config.workers);
      servers.push(api);
      for (const route of ablationRoutes) {
        process.stdout.write(`  ${config.name}: ${route.name}…`);
        const result = await measure(api, bare, route, Number(values["ablate-duration"]));
        ablation.push({ config: config.name, route: route.name, result });
        console.log(
          ` ${fmt(result.api.rps)} req/s (${result.ratio.toFixed(2)}× bare), p99 ${result.api.p99} ms`,
        );
      }
      await api.stop();
    }
    output.ablation = ablation.map((a) => ({ config: a.config, ...a.result }));
    console.log(
      table(
        ablation.map((a) => ({ ...a.result, route: `${a.route} — ${a.config}` })),
        `\nWhat each means pays (${label}, same bare server, ${rounds} rounds × ${values["ablate-duration"]} s)`,
      ),
    );
  }
  for (const server of servers) await server.stop();

  if (!values["no-mixed"]) {
    // A fresh server (cold response cache) under a researcher's mix: Zipf-distributed over thousands of URLs.
    const mixedApi = await startApi(values.variant || "as-built", values.workers);
    servers.push(mixedApi);
    const urls = await mixedUrls(dbPath, mixedApi.url, Number(values["mixed-scale"]));
    // Setting up the URLs asked for some pages: the measured server starts afresh all the same.
    await mixedApi.stop();
    const cold = await startApi(values.variant || "as-built", values.workers);
    servers.push(cold);
    const seconds = Number(values["mixed-duration"]);
    const s = Number(values.zipf);
    const cacheStats = async () =>
      (await (await fetch(`${cold.url}/__bench/cache-stats`, { method: "POST" })).json()) as {
        hits: number;
        misses: number;
      };
    console.log(`mixed workload: ${urls.length} distinct URLs, Zipf s=${s}, 5 s warm-up, then ${seconds} s…`);
    // A server that has run a while: JIT-compiled, its caches holding the popular head (another seed's draws).
    await runMixed(cold.url, urls, { seconds: 5, connections, s, seed: 99 });
    const before = await cacheStats();
    const rssMixed = sampleRss(cold.child.pid as number);
    const mixed = await runMixed(cold.url, urls, { seconds, connections, s });
    const peakMixed = rssMixed.stop();
    const after = await cacheStats();
    const cache = { hits: after.hits - before.hits, misses: after.misses - before.misses };
    const hitRate = cache.hits / Math.max(1, cache.hits + cache.misses);
    await cold.stop();
    output.mixed = { urls: urls.length, zipf: Number(values.zipf), seconds, ...mixed, cache, hitRate };
    const rows = mixed.families.map(
      (f) =>
        `| ${f.family} | ${f.distinct} | ${fmt(f.requests)} | ${f.p50} ms | ${f.p99} ms | ${f.max} ms | ${f.errors} |`,
    );
    console.log(
      [
        `\nmixed workload (${label}): ${fmt(mixed.rps)} req/s, p50 ${mixed.p50} ms, p99 ${mixed.p99} ms, response cache hit rate ${(hitRate * 100).toFixed(1)}%, ${mixed.timeouts} timeouts or socket errors, peak RSS ${fmt(peakMixed.process)} MB`,
        "| family | distinct URLs asked | requests | p50 | p99 | max | errors |",
        "|:--|--:|--:|--:|--:|--:|--:|",
        ...rows,
      ].join("\n"),
    );
  }

  if (dbPath) {
    const deep = measureDeepPages(dbPath);
    output.keyset = deep;
    for (const [name, d] of Object.entries(deep)) {
      if (d)
        console.log(
          `keyset ${name}: page 1 ${d.page1Ms} ms, page ${d.page} ${d.pageNMs} ms (repository, median)`,
        );
      else console.log(`keyset ${name}: fewer than 1,000 pages in this dataset`);
    }
  }
  if (!values["no-ingest"]) {
    process.stdout.write("ingestion (extract + store, this one core)…");
    const ingestion = measureIngestion(Math.max(2, Math.min(duration, 5)));
    output.ingestion = ingestion;
    console.log(
      ` ${ingestion.perArticle} articles/s one transaction each, ${ingestion.batched} articles/s batched (100 per transaction); extraction alone ${ingestion.extractOnly}/s`,
    );
  }

  mkdirSync(dirname(values.out), { recursive: true });
  let all: { runs?: Record<string, unknown> } = {};
  try {
    all = JSON.parse(readFileSync(values.out, "utf8"));
  } catch {
    // first run
  }
  all.runs = { ...(all.runs ?? {}), [label]: output };
  writeFileSync(values.out, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`results written to ${values.out} (run "${label}")`);
} finally {
  for (const server of servers) await server.stop().catch(() => {});
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(0);
