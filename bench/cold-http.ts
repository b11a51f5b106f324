import { join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { projectRoot } from "../src/paths.js";
import { createRandom } from "./corpus.js";
import { type LoadResult, load, summarise } from "./load.js";
import { cpuMs, type Server, startFlags, startServer } from "./processes.js";

/**
 * `npm run bench:cold-http -- --db FILE [--before DIR [--before-db FILE]] [--rounds 2] [--duration 5] [--connections 32]
 *   [--families PREFIX,…] [--node-variants "FLAGS;FLAGS"]`
 *
 * The cold path as a user meets it: the built server (`npm start`'s flags) over FILE, loaded with a fresh URL on
 * every request (20,000 distinct ones per family, so the response cache never answers), family by family; with
 * `--before DIR`, an earlier build over the same file in alternated rounds, side by side; with `--node-variants`,
 * this build under other node flags too (one set per `;`, "" for none), each a column. Besides req/s and latency,
 * each server's CPU time per request (from /proc, over all its rounds): on a shared machine req/s and p99 move with
 * other people's jobs, the CPU a request costs barely does. `--before-db`: the earlier build reads its own copy of
 * the database (a server migrates its file at start, so a build that adds an index would lend it to the other).
 */
const { values } = parseArgs({
  options: {
    db: { type: "string" },
    before: { type: "string" },
    "before-db": { type: "string" },
    rounds: { type: "string", default: "2" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "32" },
    families: { type: "string" },
    "node-variants": { type: "string" },
  },
});
if (!values.db) {
  console.error("usage: npm run bench:cold-http -- --db FILE [--before DIR]");
  process.exit(2);
}
const rounds = Number(values.rounds);
const duration = Number(values.duration);
const connections = Number(values.connections);
const random = createRandom(17);
const nodeFlags = startFlags(projectRoot);

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const db = new Database(values.db, { readonly: true, fileMustExist: true });
const span = db.prepare("SELECT min(date) AS first, max(date) AS last FROM meetings").get() as {
  first: string;
  last: string;
};
const days = (Date.parse(span.last) - Date.parse(span.first)) / 86_400_000;
const day = () => addDays(span.first, random.int(days));
const sample = (sql: string, n: number) =>
  db.prepare(`${sql} ORDER BY random() LIMIT ?`).pluck().all(n) as string[];
const n = 20_000;
const cities = sample("SELECT DISTINCT city_key FROM meetings", n);
const countries = sample("SELECT country_key FROM meetings", n);
const meetings = sample("SELECT id FROM meetings", n);
const people = sample("SELECT DISTINCT participant_id FROM meeting_participants", n);
// States and organisations: in up to 15,000 meetings each, so their lists from a date are counted.
const busy = sample(
  "SELECT DISTINCT mp.participant_id FROM meeting_participants mp JOIN participants p ON p.id = mp.participant_id WHERE p.kind != 'person'",
  n,
);
const speakers = sample("SELECT DISTINCT speaker_id FROM quotes WHERE speaker_id IS NOT NULL", n);
// Two words of a quote drawn at random (its first two repeat across the generated quotes), as the mix searches:
// many pairs are in thousands of quotes, whose total is counted.
const searches = sample("SELECT text FROM quotes", n).map((text) => {
  const words = [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])];
  const first = words.splice(random.int(words.length), 1);
  return [...first, ...words.splice(random.int(words.length), 1)].join(" ") || "talks";
});
db.close();
const many = (make: (i: number) => string) => [...new Set(Array.from({ length: n }, (_, i) => make(i)))];
const at = (list: string[], i: number) => encodeURIComponent(list[i % list.length] as string);
const families: Record<string, string[]> = {
  "/meetings?from&to=+60d&limit=50": many(() => {
    const from = day();
    return `/meetings?from=${from}&to=${addDays(from, 60)}&limit=50`;
  }),
  "/meetings?city&from": many((i) => `/meetings?city=${at(cities, i)}&from=${day()}`),
  "/meetings/:id": many((i) => `/meetings/${at(meetings, i)}`),
  "/participants/:id": many((i) => `/participants/${at(speakers, i)}`),
  // Anyone in a meeting: states and organisations too, in up to 15,000 meetings each.
  "/participants/:id (anyone)": many((i) => `/participants/${at(people, i)}`),
  "/meetings?participant": many((i) => `/meetings?participant=${at(people, i)}&from=${day()}`),
  "/meetings?participant (a state or organisation)": many(
    (i) => `/meetings?participant=${at(busy, i)}&from=${day()}`,
  ),
  "/quotes?q=w1+w2": many((i) => `/quotes?q=${at(searches, i)}`),
  "/meetings.ics?city&from&to=+4y": many((i) => {
    const from = day();
    return `/meetings.ics?city=${at(cities, i)}&from=${from}&to=${addDays(from, 1461)}`;
  }),
  "/meetings.ics?country&from&to=+1y": many((i) => {
    const from = day();
    return `/meetings.ics?country=${at(countries, i)}&from=${from}&to=${addDays(from, 365)}`;
  }),
  // The TimelineJS document of a year: every meeting of it (~4,000) until it became a page of 100.
  "/timeline.json?from&to=+1y": many(() => {
    const from = day();
    return `/timeline.json?from=${from}&to=${addDays(from, 365)}`;
  }),
};
const wanted = values.families?.split(",");

const servers: { name: string; server: Server }[] = [];
setTimeout(
  () => process.exit(1),
  (Object.keys(families).length * rounds * 2 * (duration + 3) + 300) * 1000,
).unref();
try {
  const env = { DATABASE_PATH: values.db };
  servers.push({
    name: "after",
    server: await startServer(join(projectRoot, "dist", "src", "server.js"), [], env, { nodeFlags }),
  });
  for (const variant of values["node-variants"]?.split(";") ?? []) {
    const flags = variant.split(/\s+/).filter(Boolean);
    servers.push({
      name: `after "${flags.join(" ")}"`,
      server: await startServer(join(projectRoot, "dist", "src", "server.js"), [], env, { nodeFlags: flags }),
    });
  }
  if (values.before)
    servers.push({
      name: "before",
      server: await startServer(
        join(values.before, "dist", "src", "server.js"),
        [],
        { DATABASE_PATH: values["before-db"] ?? values.db },
        { nodeFlags: startFlags(values.before) },
      ),
    });
  console.log(
    `cold HTTP on ${values.db}: fresh URL per request, ${connections} connections, ${rounds} × ${duration} s`,
  );
  console.log(
    `| family | ${servers.map((s) => `${s.name} req/s | ${s.name} p50 | ${s.name} p99 | ${s.name} CPU/req`).join(" | ")} | errors |`,
  );
  console.log(`|:--|${servers.map(() => "--:|--:|--:|--:").join("|")}|--:|`);
  for (const [family, paths] of Object.entries(families)) {
    if (wanted && !wanted.some((w) => family.startsWith(w))) continue;
    const results = new Map<string, LoadResult[]>(servers.map((s) => [s.name, []]));
    const cpu = new Map<string, number>(servers.map((s) => [s.name, 0]));
    let offset = 0;
    for (let r = 0; r < rounds; r++) {
      for (const s of servers) {
        // Each round starts further along the list: no server sees a URL twice.
        const slice = [...paths.slice(offset), ...paths.slice(0, offset)];
        offset = (offset + Math.floor(paths.length / (rounds * servers.length))) % paths.length;
        const used = cpuMs(s.server.child.pid as number);
        results.get(s.name)?.push(await load(s.server.url, slice, connections, duration));
        cpu.set(s.name, (cpu.get(s.name) ?? 0) + cpuMs(s.server.child.pid as number) - used);
      }
    }
    const cells = servers.map((s) => {
      const runs = results.get(s.name) ?? [];
      const m = summarise(runs);
      const requests = runs.reduce((n, r) => n + r.requests, 0);
      const perRequest = requests ? Math.round(((cpu.get(s.name) ?? 0) * 1000) / requests) : 0;
      return `${m.rps.toLocaleString("en-US")} | ${m.p50} ms | ${m.p99} ms | ${perRequest.toLocaleString("en-US")} µs`;
    });
    const errors = servers.reduce((e, s) => e + summarise(results.get(s.name) ?? []).errors, 0);
    console.log(`| ${family} | ${cells.join(" | ")} | ${errors} |`);
  }
} finally {
  for (const s of servers) await s.server.stop().catch(() => {});
}
process.exit(0);
