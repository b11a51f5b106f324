import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { cachedDrizzle } from "../db/queries/statements.js";
import {
  corrections,
  linkSources,
  meetingActs,
  meetingReports,
  meetings,
  quoteSources,
  quotes,
} from "../db/schema.js";
import { slugify } from "../ids.js";
import { startWrite, type Write } from "./changes.js";
import { UnknownReferenceError } from "./correct.js";
import { mergeMeeting, recomputeMeeting } from "./meetings.js";
import type { Place } from "./tombstones.js";

/** Every place a meeting stands: its own venue and span, and each venue its reports name, over all their days. */
function placesOf(db: Db, id: string): Place[] | undefined {
  const row = db
    .select({ cityKey: meetings.cityKey, date: meetings.date, endDate: meetings.endDate })
    .from(meetings)
    .where(eq(meetings.id, id))
    .get();
  if (!row) return undefined;
  const reports = db
    .select({ city: meetingReports.city, date: meetingReports.date, endDate: meetingReports.endDate })
    .from(meetingReports)
    .where(eq(meetingReports.meetingId, id))
    .all();
  const days = [row.date, row.endDate ?? row.date, ...reports.flatMap((r) => [r.date, r.endDate ?? r.date])];
  // ISO days sort as strings.
  days.sort();
  const start = days[0] ?? row.date;
  const end = days.at(-1) ?? row.date;
  const cityKeys = new Set([row.cityKey, ...reports.flatMap((r) => (r.city ? [slugify(r.city)] : []))]);
  return [...cityKeys].map((cityKey) => ({ cityKey, start, end }));
}

function recordAct(
  db: Db,
  places: Place[],
  act: {
    action: "withdrawn" | "merged";
    meetingId: string;
    into: { id: string; city: string; country: string } | null;
    note: string;
    now: string;
  },
) {
  for (const place of places) {
    db.insert(meetingActs)
      .values({
        action: act.action,
        meetingId: act.meetingId,
        intoId: act.into?.id ?? null,
        intoCity: act.into?.city ?? null,
        intoCountry: act.into?.country ?? null,
        cityKey: place.cityKey,
        date: place.start,
        endDate: place.end === place.start ? null : place.end,
        note: act.note,
        createdAt: act.now,
      })
      .run();
  }
}

/**
 * Withdraws an invented meeting: its row and everything that hangs on it go (so no list, feed or export has to
 * filter it out), the quotes about it keep their words without a meeting, and a tombstone keeps any report of it
 * posted again from re-creating it. Returns false when there is no such meeting.
 */
export function withdrawMeeting(
  handle: Db,
  id: string,
  note: string,
  now = new Date().toISOString(),
): boolean {
  const db = cachedDrizzle(handle);
  const withdraw = db.$client.transaction((): boolean => {
    const places = placesOf(db, id);
    if (!places) return false;
    const write = startWrite(db, now);
    recordAct(db, places, { action: "withdrawn", meetingId: id, into: null, note, now });
    const about = db.select({ id: quotes.id }).from(quotes).where(eq(quotes.meetingId, id)).all();
    db.delete(linkSources).where(eq(linkSources.meetingId, id)).run();
    db.update(quoteSources).set({ meetingId: null }).where(eq(quoteSources.meetingId, id)).run();
    // Cascades to its reports, evidence and links; its quotes' meeting becomes NULL.
    db.delete(meetings).where(eq(meetings.id, id)).run();
    write.record("meeting", id, "withdrawn");
    for (const quote of about) write.record("quote", quote.id, "updated");
    return true;
  });
  return withdraw();
}

/** Two ids that name one meeting cannot be merged into each other. */
export class SelfMergeError extends Error {
  override name = "SelfMergeError";
}

/**
 * Merges meeting `otherId` into `id` on an editor's word: reports, sources, people and quotes move to `id`, the
 * other id answers 301, a tombstone sends its reports posted again to `id`, and the note is kept among `id`'s
 * corrections. Returns false when `id` names no meeting; an unknown `otherId` is an UnknownReferenceError.
 */
export function mergeMeetings(
  handle: Db,
  id: string,
  otherId: string,
  note: string,
  now = new Date().toISOString(),
): boolean {
  const db = cachedDrizzle(handle);
  const merge = db.$client.transaction((): boolean => {
    const survivor = db
      .select({ id: meetings.id, city: meetings.city, country: meetings.country })
      .from(meetings)
      .where(eq(meetings.id, id))
      .get();
    if (!survivor) return false;
    const places = placesOf(db, otherId);
    if (!places) throw new UnknownReferenceError("otherId", otherId, "meeting", false);
    if (otherId === id) throw new SelfMergeError(`"${id}" cannot be merged into itself`);
    const write: Write = startWrite(db, now);
    recordAct(db, places, { action: "merged", meetingId: otherId, into: survivor, note, now });
    mergeMeeting(db, otherId, id, write);
    db.insert(corrections)
      .values({
        entity: "meeting",
        entityId: id,
        field: "mergedFrom",
        value: otherId,
        note,
        source: "editor",
        createdAt: now,
      })
      .run();
    recomputeMeeting(db, id, write);
    db.update(meetings).set({ updatedAt: now }).where(eq(meetings.id, id)).run();
    write.record("meeting", id, "updated");
    return true;
  });
  return merge();
}
