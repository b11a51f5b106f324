import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openDatabase } from "../src/db/client.js";
import { createRepositories } from "../src/db/queries/index.js";
import { createRandom } from "./corpus.js";
import { median } from "./load.js";

/**
 * `npm run bench:cold -- --db FILE [--samples 200]`: the cold path, under the HTTP layer. Each query the issue
 * names is run directly on the repositories (no response or count cache) for `samples` distinct random inputs;
 * the table gives p50/p99/max per query.
 */
const { values } = parseArgs({
  options: {
    db: { type: "string" },
    samples: { type: "string", default: "200" },
  },
});
if (!values.db) {
  console.error("usage: npm run bench:cold -- --db FILE [--samples N]");
  process.exit(2);
}
const samples = Number(values.samples);
const random = createRandom(3);
const db = openDatabase(values.db, { readonly: true });
const repos = createRepositories(db.$client);
const raw = new Database(values.db, { readonly: true });
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const span = raw.prepare("SELECT min(date) AS first, max(date) AS last FROM meetings").get() as {
  first: string;
  last: string;
};
const days = (Date.parse(span.last) - Date.parse(span.first)) / 86_400_000;
const day = () => addDays(span.first, random.int(days));
const pick = (sql: string) =>
  raw.prepare(`${sql} ORDER BY random() LIMIT ?`).pluck().all(samples) as string[];
const cities = pick("SELECT city_key FROM meetings");
const people = pick("SELECT DISTINCT participant_id FROM meeting_participants");
const countries = pick("SELECT country_key FROM meetings");
const speakers = pick("SELECT DISTINCT speaker_id FROM quotes WHERE speaker_id IS NOT NULL");
const words = pick("SELECT text FROM quotes").map((t) => {
  const w = [...new Set(t.toLowerCase().match(/\p{L}{5,}/gu) ?? [])];
  return w.slice(0, 2).join(" ") || "talks";
});

const queries: Record<string, (i: number) => unknown> = {
  "window list (from, to=+60d, limit 50)": () => {
    const from = day();
    return repos.meetings.list({ from, to: addDays(from, 60), limit: 50 });
  },
  "window total": () => {
    const from = day();
    return repos.meetings.count(repos.meetings.conditions({ from, to: addDays(from, 60) }));
  },
  "city from D list": (i) => repos.meetings.list({ city: cities[i % cities.length], from: day(), limit: 20 }),
  "city from D total": (i) =>
    repos.meetings.count(repos.meetings.conditions({ city: cities[i % cities.length], from: day() })),
  "participant detail (a speaker)": (i) => repos.participants.get(speakers[i % speakers.length] as string),
  // States and organisations too: a state is in up to 15,000 meetings.
  "participant detail (anyone in a meeting)": (i) =>
    repos.participants.get(people[i % people.length] as string),
  "participant's meetings list": (i) =>
    repos.meetings.list({ participant: people[i % people.length], limit: 20 }),
  // A calendar's default page: 100 events with their source articles.
  "calendar: a city over 4 years": (i) => {
    const from = day();
    return repos.meetings.calendar({
      city: cities[i % cities.length],
      from,
      to: addDays(from, 1461),
      limit: 100,
    });
  },
  // A calendar's default page: 100 events with their source articles.
  "calendar: a country over 4 years": (i) => {
    const from = day();
    return repos.meetings.calendar({
      country: countries[i % countries.length],
      from,
      to: addDays(from, 1461),
      limit: 100,
    });
  },
  "quote search page": (i) => repos.quotes.list({ q: words[i % words.length], limit: 20 }),
  "quote search total": (i) => repos.quotes.count({ q: words[i % words.length] }),
};

console.log(`cold path on ${values.db}: ${samples} distinct inputs per query, repositories only (no caches)`);
console.log("| query | p50 | p99 | max |\n|:--|--:|--:|--:|");
for (const [name, run] of Object.entries(queries)) {
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    run(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `| ${name} | ${f(median(ms))} | ${f(ms[Math.floor(ms.length * 0.99)] ?? 0)} | ${f(ms[ms.length - 1] ?? 0)} |`,
  );
}
raw.close();
db.$client.close();
