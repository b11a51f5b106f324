import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { corrections } from "../db/schema.js";
import { slugify } from "../ids.js";
import { namesNoCity } from "./elsewhere.js";
import { writeStatements } from "./statements.js";
import { samePlace, type Venue } from "./vicinity.js";

interface Named {
  city: string;
  articles: number;
  firstWritten: string;
  /** Each spelling of the place ("Chisinau", "Chișinău") with its reports, so the listed one does not follow arrival. */
  spellings: Map<string, { articles: number; firstWritten: string }>;
}

/** Of two tallies, the one more reports give, then the earlier-written, then the first by code point. */
const before = (
  a: { name: string; articles: number; firstWritten: string },
  b: { name: string; articles: number; firstWritten: string },
) =>
  b.articles - a.articles ||
  a.firstWritten.localeCompare(b.firstWritten) ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The venue a meeting is listed under, from what its reports say rather than which arrived first: of the cities
 * reports name in the meeting's own sentence (a dateline or headline city is the reporter's, not a claim, and a
 * sentence naming only the country names no city), the one most reports name, then the one the earliest-written
 * report names, then the first by name. Only places that are one place with the current venue compete (a district, a
 * building outside town), and a meeting an editor merged another into keeps its venue, as the editor chose it.
 * Undefined when the venue stays.
 */
export function chosenVenue(db: Db, id: string, current: Venue): string | undefined {
  const merged = db
    .select({ id: corrections.entityId })
    .from(corrections)
    .where(
      and(
        eq(corrections.entity, "meeting"),
        eq(corrections.entityId, id),
        eq(corrections.field, "mergedFrom"),
      ),
    )
    .get();
  if (merged) return undefined;
  const named = new Map<string, Named>();
  for (const r of writeStatements(db).reportsOf.all({ meetingId: id })) {
    if (r.city === null || namesNoCity(r.rule)) continue;
    const key = slugify(r.city);
    const seen = named.get(key) ?? {
      city: r.city,
      articles: 0,
      firstWritten: r.articleDate,
      spellings: new Map(),
    };
    named.set(key, seen);
    seen.articles += 1;
    if (r.articleDate < seen.firstWritten) seen.firstWritten = r.articleDate;
    const spelt = seen.spellings.get(r.city) ?? { articles: 0, firstWritten: r.articleDate };
    seen.spellings.set(r.city, spelt);
    spelt.articles += 1;
    if (r.articleDate < spelt.firstWritten) spelt.firstWritten = r.articleDate;
  }
  for (const n of named.values()) {
    const spellings = [...n.spellings].map(([name, t]) => ({ name, ...t })).sort(before);
    n.city = spellings[0]?.name ?? n.city;
  }
  const ranked = [...named.values()]
    .filter(
      (n) => slugify(n.city) === slugify(current.city) || samePlace(current, { ...current, city: n.city }),
    )
    .sort(
      (a, b) =>
        b.articles - a.articles ||
        a.firstWritten.localeCompare(b.firstWritten) ||
        slugify(a.city).localeCompare(slugify(b.city)),
    );
  const chosen = ranked[0];
  return chosen && chosen.city !== current.city ? chosen.city : undefined;
}
