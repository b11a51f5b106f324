import { and, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { meetingActs, meetings } from "../db/schema.js";
import { cityKeys } from "../places/city-names.js";

/** Where and when a report places a meeting: the keys a tombstone is found by. */
export interface Place {
  cityKey: string;
  start: string;
  end: string;
}

/** What an editor decided about a place and time: nothing, no meeting there (withdrawn), or that meeting. */
export type Settled =
  | { withdrawn: true }
  | { withdrawn: false; into: string; city: string | null; country: string | null }
  | undefined;

/**
 * The editor's decision about a meeting a report places where a withdrawn or merged-away meeting stood (the same
 * city under any of its names, spans overlapping or a day apart, as reports join live meetings). A chain of merges is followed to its
 * end; a survivor withdrawn since takes its absorbed meetings with it.
 */
export function settledPlace(db: Db, place: Place): Settled {
  const act = db
    .select({
      action: meetingActs.action,
      into: meetingActs.intoId,
      city: meetingActs.intoCity,
      country: meetingActs.intoCountry,
    })
    .from(meetingActs)
    .where(
      and(
        inArray(meetingActs.cityKey, cityKeys(place.cityKey)),
        lte(sql`date(${meetingActs.date}, '-1 day')`, place.end),
        gte(sql`date(coalesce(${meetingActs.endDate}, ${meetingActs.date}), '+1 day')`, place.start),
      ),
    )
    .orderBy(desc(meetingActs.id))
    .limit(1)
    .get();
  if (!act) return undefined;
  let { into, city, country } = act;
  for (let hops = 0; hops < 20 && into !== null; hops++) {
    if (db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, into)).get()) break;
    const next = latestActOf(db, into);
    if (!next) break;
    if (next.action === "withdrawn") return { withdrawn: true };
    ({ intoId: into, intoCity: city, intoCountry: country } = next);
  }
  return into === null ? { withdrawn: true } : { withdrawn: false, into, city, country };
}

/** The last editorial act on a meeting id, if any: what `GET /meetings/:id` answers for an id gone. */
export function latestActOf(db: Db, id: string) {
  return db
    .select()
    .from(meetingActs)
    .where(eq(meetingActs.meetingId, id))
    .orderBy(desc(meetingActs.id))
    .limit(1)
    .get();
}
