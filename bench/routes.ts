import Database from "better-sqlite3";
import { createRandom } from "./corpus.js";

export interface RouteSpec {
  /** The route as the issue names it. */
  name: string;
  /** The URLs loaded, in turn: one on the seed, a pool of distinct ones on a large database. */
  paths: string[];
}

const year = (date: string, delta: number) => `${Number(date.slice(0, 4)) + delta}${date.slice(4)}`;

/** Two of a quote's longer words: a search that real text matches. */
function searchTerms(text: string, random: ReturnType<typeof createRandom>): string {
  const words = [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])];
  if (words.length <= 2) return words.join(" ") || "talks";
  const first = random.int(words.length - 1);
  return `${words[first]} ${words[first + 1 + random.int(words.length - first - 1)]}`;
}

/**
 * The measured URLs, read from the database itself: real meeting and participant ids, venues with a date range
 * around a real meeting, search words from real quotes. `pool` distinct URLs per route (1 on a small dataset).
 */
export function pickRoutes(path: string, pool: number): RouteSpec[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const random = createRandom(7);
    const meetingCount = db.prepare("SELECT count(*) FROM meetings").pluck().get() as number;
    const n = Math.max(1, Math.min(pool, meetingCount));
    const sample = <T>(sql: string, total: number): T[] => {
      const statement = db.prepare(`${sql} LIMIT 1 OFFSET ?`);
      const rows: T[] = [];
      for (let i = 0; i < n; i++) {
        const row = statement.get(n === 1 ? 0 : random.int(total)) as T | undefined;
        if (row) rows.push(row);
      }
      return rows;
    };
    const meetings = sample<{ id: string; date: string; city_key: string }>(
      "SELECT id, date, city_key FROM meetings ORDER BY date, id",
      meetingCount,
    );
    const quoteCount = db.prepare("SELECT count(*) FROM quotes").pluck().get() as number;
    const quotes = sample<{ text: string }>("SELECT text FROM quotes ORDER BY rowid", quoteCount);
    const speakers = db.prepare("SELECT count(DISTINCT speaker_id) FROM quotes").pluck().get() as number;
    const people = sample<{ id: string }>(
      "SELECT DISTINCT speaker_id AS id FROM quotes WHERE speaker_id IS NOT NULL ORDER BY speaker_id",
      Math.max(1, speakers - 1),
    );
    const filter = (m: { date: string; city_key: string }) =>
      `from=${year(m.date, -2)}&to=${year(m.date, 2)}&city=${encodeURIComponent(m.city_key)}`;
    const small = n === 1;
    const searches = quotes.map(
      (q) => `/quotes?q=${encodeURIComponent(searchTerms(q.text, random)).replace(/%20/g, "+")}`,
    );
    return [
      { name: "/meetings", paths: ["/meetings"] },
      { name: "/meetings/:id", paths: meetings.map((m) => `/meetings/${encodeURIComponent(m.id)}`) },
      { name: "/quotes?q=…", paths: searches },
      // The same searches without their total: what a page of results costs apart from counting every match.
      { name: "/quotes?q=…&count=false", paths: searches.map((path) => `${path}&count=false`) },
      { name: "/meetings?from&to&city", paths: meetings.map((m) => `/meetings?${filter(m)}`) },
      // The whole calendar on the seed; on a large database a subscription to one venue over four years.
      {
        name: "/meetings.ics",
        paths: small ? ["/meetings.ics"] : meetings.map((m) => `/meetings.ics?${filter(m)}`),
      },
      { name: "/participants/:id", paths: people.map((p) => `/participants/${encodeURIComponent(p.id)}`) },
      {
        name: "/meetings?participant",
        paths: people.map((p) => `/meetings?participant=${encodeURIComponent(p.id)}`),
      },
    ].map((r) => ({ ...r, paths: [...new Set(r.paths)] }));
  } finally {
    db.close();
  }
}
