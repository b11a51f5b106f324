import autocannon from "autocannon";
import Database from "better-sqlite3";
import { createRandom, type Random } from "./corpus.js";
import { median } from "./load.js";

/** One distinct URL of the workload and the route family it belongs to. */
export interface MixedUrl {
  family: string;
  path: string;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Two of a quote's longer words: a search that real text matches. */
function searchTerms(text: string, random: Random): string {
  const words = [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])];
  if (words.length <= 2) return words.join(" ") || "talks";
  const first = random.int(words.length - 1);
  return `${words[first]} ${words[first + 1 + random.int(words.length - first - 1)]}`;
}

/**
 * The distinct URLs of a researcher's workload, read from the database: date windows of 60 days (the timeline
 * scrolling), a venue from a date, a participant's meetings, meeting and participant pages, quote searches and
 * venue calendars, `scale` of them per family at most (fewer where the data has fewer), plus the second and
 * third pages of some windows (their cursors asked from the API itself).
 */
export async function mixedUrls(
  dbPath: string,
  apiUrl: string,
  scale = 1000,
  seed = 11,
): Promise<MixedUrl[]> {
  const random = createRandom(seed);
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const urls: MixedUrl[] = [];
  try {
    const pick = <T>(sql: string, n: number): T[] =>
      db.prepare(`${sql} ORDER BY random() LIMIT ?`).all(n) as T[];
    const span = db.prepare("SELECT min(date) AS first, max(date) AS last FROM meetings").get() as {
      first: string;
      last: string;
    };
    const days = Math.max(1, (Date.parse(span.last) - Date.parse(span.first)) / 86_400_000);
    const day = () => addDays(span.first, random.int(days));
    for (let i = 0; i < scale; i++) {
      const from = day();
      urls.push({ family: "window", path: `/meetings?from=${from}&to=${addDays(from, 60)}&limit=50` });
    }
    for (const m of pick<{ city_key: string; date: string }>("SELECT city_key, date FROM meetings", scale))
      urls.push({
        family: "city",
        path: `/meetings?city=${encodeURIComponent(m.city_key)}&from=${addDays(m.date, -random.int(3650))}`,
      });
    for (const m of pick<{ id: string }>("SELECT id FROM meetings", scale))
      urls.push({ family: "meeting", path: `/meetings/${encodeURIComponent(m.id)}` });
    const people = pick<{ id: string }>(
      "SELECT DISTINCT participant_id AS id FROM meeting_participants",
      scale,
    );
    for (const p of people) {
      urls.push({ family: "participant", path: `/participants/${encodeURIComponent(p.id)}` });
      urls.push({
        family: "participant's meetings",
        path: `/meetings?participant=${encodeURIComponent(p.id)}`,
      });
    }
    for (const q of pick<{ text: string }>("SELECT text FROM quotes", scale))
      urls.push({
        family: "search",
        path: `/quotes?q=${encodeURIComponent(searchTerms(q.text, random)).replace(/%20/g, "+")}`,
      });
    for (const m of pick<{ city_key: string; date: string }>(
      "SELECT city_key, date FROM meetings",
      scale / 4,
    ))
      urls.push({
        family: "calendar",
        path: `/meetings.ics?city=${encodeURIComponent(m.city_key)}&from=${addDays(m.date, -730)}&to=${addDays(m.date, 730)}`,
      });
  } finally {
    db.close();
  }
  // Deeper pages: follow `page.next` of some windows.
  const windows = urls.filter((u) => u.family === "window").slice(0, Math.ceil(scale / 5));
  for (const w of windows) {
    let path = w.path;
    for (let page = 2; page <= 3; page++) {
      const body = (await (await fetch(`${apiUrl}${path}`)).json()) as { page?: { next?: string | null } };
      const next = body.page?.next;
      if (!next) break;
      const url = new URL(path, "http://x");
      url.searchParams.set("cursor", next);
      path = `${url.pathname}${url.search}`;
      urls.push({ family: "next page", path });
    }
  }
  const unique = new Map(urls.map((u) => [u.path, u]));
  // Popularity is not by family: ranks are shuffled, so each family has its head and its long tail.
  const list = [...unique.values()];
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [list[i], list[j]] = [list[j] as MixedUrl, list[i] as MixedUrl];
  }
  return list;
}

/** Draws ranks 0…n-1 with probability ∝ 1/(rank+1)^s (Zipf), from a seeded generator. */
export function zipf(n: number, s: number, random: Random): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / (k + 1) ** s;
    cdf[k] = sum;
  }
  return () => {
    const u = random.next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : 0;

export interface FamilyStats {
  family: string;
  requests: number;
  distinct: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

/**
 * autocannon with `connections` connections for `seconds`, each request's URL drawn from the Zipf law: latency per
 * route family (ms), read from autocannon's own timing of each response (a client of its own in this process
 * would measure its own queue: node's http client is several times slower than the server's hit path).
 */
export async function runMixed(
  baseUrl: string,
  urls: readonly MixedUrl[],
  options: { seconds: number; connections: number; s?: number; seed?: number },
) {
  const random = createRandom(options.seed ?? 5);
  const draw = zipf(urls.length, options.s ?? 1, random);
  const samples = new Map<string, number[]>();
  const seen = new Map<string, Set<string>>();
  const errors = new Map<string, number>();
  let total = 0;
  const started = performance.now();
  let done: (result: autocannon.Result) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve) => {
    done = resolve;
  });
  const instance = autocannon(
    {
      url: baseUrl,
      connections: options.connections,
      duration: options.seconds,
      timeout: 10,
      headers: { "accept-encoding": "gzip, br" },
      requests: [
        {
          method: "GET",
          // The context is the connection's own: with one request in flight per connection, the response that
          // follows is this URL's.
          setupRequest: (request, context) => {
            const url = urls[draw()] as MixedUrl;
            (context as { url?: MixedUrl }).url = url;
            return { ...request, path: url.path };
          },
        },
      ],
    },
    (error, result) => {
      if (error) throw error;
      done(result);
    },
  );
  instance.on("response", (client: unknown, statusCode: number, _bytes: number, ms: number) => {
    const url = (client as unknown as { requestIterator: { context: { url?: MixedUrl } } }).requestIterator
      .context.url;
    if (!url) return;
    total++;
    if (!samples.has(url.family)) {
      samples.set(url.family, []);
      seen.set(url.family, new Set());
    }
    samples.get(url.family)?.push(ms);
    seen.get(url.family)?.add(url.path);
    if (statusCode !== 200) errors.set(url.family, (errors.get(url.family) ?? 0) + 1);
  });
  const result = await finished;
  const timeouts = result.errors + result.timeouts;
  const elapsed = (performance.now() - started) / 1000;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const families: FamilyStats[] = [...samples].map(([family, ms]) => {
    const sorted = ms.sort((a, b) => a - b);
    return {
      family,
      requests: sorted.length,
      distinct: seen.get(family)?.size ?? 0,
      p50: round(median(sorted)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[sorted.length - 1] ?? 0),
      errors: errors.get(family) ?? 0,
    };
  });
  const all = [...samples.values()].flat().sort((a, b) => a - b);
  return {
    rps: Math.round(total / elapsed),
    requests: total,
    timeouts,
    p50: round(median(all)),
    p99: round(percentile(all, 99)),
    families: families.sort((a, b) => b.requests - a.requests),
  };
}
