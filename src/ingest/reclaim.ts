import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { addDays } from "../extract/mentions/calendar.js";
import { slugify } from "../ids.js";
import {
  type Claim,
  heldDays,
  meetingDays,
  plannedMeetings,
  RESCHEDULED_DAYS,
  touch,
} from "./rescheduled.js";
import { writeStatements } from "./statements.js";
import { samePlace, type Venue } from "./vicinity.js";

// A report joins a meeting under another venue (`elsewhere.ts`: its venue borrowed from a neighbouring sentence or
// the dateline, or absorbed by a report naming its venue) or a plan joins one held on other days (`rescheduled.ts`) or
// in another city (`relocated.ts`) only while no meeting stood where and when it said: had one stood, the report would
// have joined it. Once one does, the report is a report of it and leaves the other, so which report arrived first does
// not decide where a report is listed (a plan for 3 March in Brest joined the round of 7 March when the report of the
// 3 March round came last, and stayed there).

/** What a report claimed: its days and the city it named. */
type PlanClaim = Claim & { city: string | null };

type Span = { first: string; last: string };
const daysOf = (x: { date: string; endDate: string | null }): Span => ({
  first: x.date,
  last: x.endDate ?? x.date,
});
const overlap = (a: Span, b: Span) => a.first <= b.last && b.first <= a.last;
const at = (city: string, venue: Venue) =>
  slugify(city) === slugify(venue.city) || samePlace({ city, country: venue.country }, venue);

/** A report is displaced in meeting `c` when it names another place, or is a plan of days other than c took place on. */
function displaced(x: PlanClaim, c: Venue, held: Span | undefined): "place" | "days" | undefined {
  if (x.city !== null && !at(x.city, c)) return "place";
  if (held && x.status === "scheduled" && x.articleDate < held.first && !touch(daysOf(x), held))
    return "days";
  return undefined;
}

/**
 * The reports other meetings took in that are reports of meeting `id`: at its place, on its days (a plan only on the
 * days it took place), displaced where they are; a plan only from an article with no report of `id` already.
 */
export function reclaimedPlans(db: Db, id: string): { articleId: string; from: string }[] {
  const statements = writeStatements(db);
  const venue = statements.meetingById.get({ id });
  const claims = statements.claimDaysOf.all({ meetingId: id });
  const span = meetingDays(claims);
  const held = heldDays(claims);
  // A plan belongs where a report says its days were called off or moved as much as where they were kept: "the talks
  // set for March 4 have been postponed" stands where and when the plan said, whichever of the two came first.
  const calledOff = claims.filter((c) => c.status === "postponed" || c.status === "cancelled");
  if (!venue || !span) return [];
  const own = new Set(statements.reportsOf.all({ meetingId: id }).map((r) => r.articleId));
  const found: { articleId: string; from: string }[] = [];
  const around = statements.meetingsBetween.all({
    from: addDays(span.first, -RESCHEDULED_DAYS),
    to: addDays(span.last, RESCHEDULED_DAYS),
  });
  for (const c of around) {
    if (c.id === id) continue;
    const cHeld = heldDays(statements.claimDaysOf.all({ meetingId: c.id }));
    for (const x of statements.reportsOf.all({ meetingId: c.id }) as PlanClaim[]) {
      if (x.city === null || !at(x.city, venue)) continue;
      const why = displaced(x, c, cHeld);
      // A plan of other days from an article that places this meeting too is a meeting of its own (the article tells
      // the two apart); a report at this place on its days is a report of it, whatever else its article placed here
      // (a dateline's talks of Monday taken in elsewhere while its Thursday session joined this meeting).
      if (own.has(x.articleId) && why !== "place") continue;
      const fits =
        why === "place"
          ? overlap(daysOf(x), span) || planOf(db, x, c.id, venue, id)
          : why === "days" &&
            ((held && overlap(daysOf(x), held)) || calledOff.some((o) => overlap(daysOf(x), daysOf(o))));
      if (fits) found.push({ articleId: x.articleId, from: c.id });
    }
  }
  return found;
}

/**
 * Whether report `x`, stored in meeting `from` elsewhere, is a plan of meeting `id` held days later at the place it
 * named (`rescheduled.ts`): a plan that meets both the days talks were held elsewhere and a meeting at its own place
 * within the week is the latter's, as it is when it arrives after both (the rescheduled rule is tried first).
 */
function planOf(db: Db, x: PlanClaim, from: string, venue: Venue, id: string): boolean {
  if (x.status !== "scheduled") return false;
  const sides = db
    .all<{ id: string }>(
      sql`SELECT DISTINCT participant_id AS id FROM link_sources WHERE meeting_id = ${from} AND article_id = ${x.articleId} AND role <> 'attendee'`,
    )
    .map((r) => r.id);
  const found = plannedMeetings(db, {
    venue,
    days: daysOf(x),
    claims: [x],
    sides: new Set(sides),
  });
  return found.length === 1 && found[0] === id;
}

/** Tables whose rows of one article and one meeting move with that article's report. */
const BY_ARTICLE = ["meeting_reports", "evidence", "link_sources", "quote_sources", "quotes"] as const;

/**
 * Moves what one article says of meeting `from` (its report, sentences, sides, quotes) to meeting `into`; the links
 * of `from` no remaining article supports go. The caller recomputes both meetings.
 */
export function moveReport(db: Db, articleId: string, from: string, into: string): void {
  // An article with a report of `into` already keeps one report of both (its days and its strongest status), as when
  // meetings merge: the row below would otherwise be left behind and deleted with what it said.
  const statements = writeStatements(db);
  for (const report of statements.reportsOf.all({ meetingId: from }))
    if (report.articleId === articleId) statements.putReport.run({ ...report, meetingId: into });
  for (const table of BY_ARTICLE) {
    db.run(sql`UPDATE OR IGNORE ${sql.identifier(table)} SET meeting_id = ${into}
      WHERE meeting_id = ${from} AND article_id = ${articleId}`);
    if (table !== "quotes")
      db.run(
        sql`DELETE FROM ${sql.identifier(table)} WHERE meeting_id = ${from} AND article_id = ${articleId}`,
      );
  }
  db.run(sql`INSERT OR IGNORE INTO meeting_participants (meeting_id, participant_id, role)
    SELECT meeting_id, participant_id, role FROM link_sources WHERE meeting_id = ${into} AND article_id = ${articleId}`);
  db.run(sql`DELETE FROM meeting_participants WHERE meeting_id = ${from} AND NOT EXISTS (SELECT 1 FROM link_sources s
    WHERE s.meeting_id = meeting_participants.meeting_id AND s.participant_id = meeting_participants.participant_id
      AND s.role = meeting_participants.role)`);
}
