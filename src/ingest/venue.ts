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
}

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
    const seen = named.get(key);
    if (!seen) named.set(key, { city: r.city, articles: 1, firstWritten: r.articleDate });
    else {
      seen.articles += 1;
      if (r.articleDate < seen.firstWritten) seen.firstWritten = r.articleDate;
    }
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
  return chosen && slugify(chosen.city) !== slugify(current.city) ? chosen.city : undefined;
}
