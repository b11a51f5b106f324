import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import {
  corrections,
  evidence,
  linkSources,
  meetingParticipants,
  meetingReports,
  meetings,
  quoteSources,
  quotes,
} from "../db/schema.js";
import type { ExtractedMeeting } from "../extract/index.js";
import { meetingId, participantId, slugify } from "../ids.js";
import type { Write } from "./changes.js";
import { applyCorrections, applyCorrectionsNaming } from "./corrections.js";
import { meetingElsewhere } from "./elsewhere.js";
import { placeOf } from "./mentions.js";
import { overrunMeeting, overrunsOf } from "./overrun.js";
import { statusWithRecalls } from "./recalled-status.js";
import { moveReport, reclaimedPlans } from "./reclaim.js";
import { relocatedMeeting, relocatedPlansOf } from "./relocated.js";
import { meetingDays, plannedMeeting, plannedMeetings, plansOf } from "./rescheduled.js";
import { sessionMeeting, sessionsOf } from "./session.js";
import { sidesDisagree } from "./sides.js";
import { writeStatements } from "./statements.js";
import { meetingTitle } from "./titles.js";
import { settledPlace } from "./tombstones.js";
import { chosenVenue } from "./venue.js";

export interface ArticleRef {
  id: string;
  date: string;
  text: string;
}

/** Columns that point at a meeting and move to the survivor when meetings merge. */
const meetingReferences = [
  meetingReports.meetingId,
  linkSources.meetingId,
  meetingParticipants.meetingId,
  evidence.meetingId,
  quotes.meetingId,
  quoteSources.meetingId,
];

/**
 * Stores what one article says of a meeting. A meeting is the same meeting when its venue matches and its date
 * span overlaps one already known, whichever article reported it first: the article's report is merged into it.
 * Where none does, a meeting under another venue may still be this one (`meetingElsewhere`).
 * A span that bridges several known meetings merges them into the earliest (the others answer with `replacedBy`).
 * Where no known meeting stands but an editor withdrew or merged one, the report follows that decision: it is
 * dropped (null) or joins the survivor.
 */
export function storeMeeting(
  db: Db,
  m: ExtractedMeeting,
  article: ArticleRef,
  write: Write,
): { id: string; created: boolean; moved: boolean } | null {
  const statements = writeStatements(db);
  const place = { cityKey: slugify(m.city), start: m.date, end: m.endDate ?? m.date };
  // A meeting a day off at the edge is this one unless their sides disagree (two meetings on successive days of a
  // visit, with two counterparts); one sharing a day is this one whatever sides each report caught.
  const sides = [...m.parties, ...m.organizations].map(participantId);
  const overlapping = statements.overlappingMeetings
    .all(place)
    .filter(
      (row) =>
        (row.date <= place.end && row.end >= place.start) ||
        !sidesDisagree(
          sides,
          statements.sidesOf.all({ meetingId: row.id }).map((x) => x.id),
          m,
        ),
    )
    .map((row) => row.id);
  const settled = overlapping.length > 0 ? undefined : settledPlace(db, place);
  if (settled?.withdrawn) return null;
  const elsewhere = overlapping.length > 0 || settled ? undefined : meetingElsewhere(db, m);
  const claim = { ...m, articleId: article.id, articleDate: article.date };
  // Before the plans: a report that talks begun will end on a day is no plan overtaken by their close days later.
  const overrun = overlapping.length > 0 || settled || elsewhere ? undefined : overrunMeeting(db, m, claim);
  // A session's opening and its close, each reported by its own day.
  const session =
    overlapping.length > 0 || settled || elsewhere || overrun
      ? undefined
      : sessionMeeting(db, m, claim, article.text);
  const found = elsewhere ?? overrun ?? session;
  const joined = found && "join" in found ? found.join : undefined;
  const absorbed = found && "absorb" in found ? found.absorb : [];
  const planned =
    overlapping.length > 0 || settled || joined || absorbed.length > 0
      ? undefined
      : (plannedMeeting(db, m, claim) ?? relocatedMeeting(db, m, claim));
  const id = overlapping[0] ?? settled?.into ?? joined ?? planned ?? meetingId(m.date, m.city);
  const exists =
    overlapping.length > 0 ||
    joined !== undefined ||
    planned !== undefined ||
    statements.meetingById.get({ id }) !== undefined;
  if (!exists) {
    // A survivor of a merge re-created by a report of the meeting it absorbed keeps its own venue.
    const venue = { ...m, city: settled?.city ?? m.city, country: settled?.country ?? m.country };
    statements.insertMeeting.run({
      id,
      title: meetingTitle(venue),
      date: m.date,
      endDate: m.endDate,
      dateCertainty: m.dateCertainty,
      city: venue.city,
      country: venue.country,
      cityKey: slugify(venue.city),
      countryKey: slugify(venue.country),
      status: m.status,
      rule: m.rule,
      confidence: m.confidence,
      updatedAt: write.now,
    });
    write.record("meeting", id, "created");
    // Quotes an editor moved to this meeting before it was last deleted point at it again.
    applyCorrectionsNaming(db, "meetingId", id);
  }
  const before = exists ? placeOf(db, id) : undefined;
  for (const other of [...overlapping.slice(1), ...absorbed]) mergeMeeting(db, other, id, write);
  statements.putReport.run({
    meetingId: id,
    articleId: article.id,
    articleDate: article.date,
    status: m.status,
    date: m.date,
    endDate: m.endDate,
    city: m.city,
    rule: m.rule,
    confidence: m.confidence,
  });
  for (const span of m.evidence) {
    statements.addEvidence.run({
      meetingId: id,
      articleId: article.id,
      start: span.start,
      end: span.end,
      text: article.text.slice(span.start, span.end),
      dateText: m.dateText,
    });
  }
  if (exists || absorbed.length > 0) {
    recomputeMeeting(db, id, write);
    write.record("meeting", id, "updated");
  } else applyCorrections(db, "meeting", id);
  const after = before && placeOf(db, id);
  const moved = before !== undefined && (after?.first !== before.first || after?.last !== before.last);
  return { id, created: !exists, moved };
}

/** Moves everything that points at `from` to `into`, then removes `from`, leaving a `merged` change behind. */
export function mergeMeeting(db: Db, from: string, into: string, write: Write): void {
  // An article that reported both meetings keeps one report of the survivor with the days and status of both.
  const statements = writeStatements(db);
  for (const report of statements.reportsOf.all({ meetingId: from }))
    statements.putReport.run({ ...report, meetingId: into });
  for (const column of meetingReferences) {
    // OR IGNORE (which drizzle's update does not offer): a row the survivor already has stays with `from` and
    // goes with it.
    db.run(
      sql`UPDATE OR IGNORE ${column.table} SET ${sql.identifier(column.name)} = ${into} WHERE ${column} = ${from}`,
    );
  }
  db.delete(linkSources).where(eq(linkSources.meetingId, from)).run();
  db.update(corrections)
    .set({ entityId: into })
    .where(and(eq(corrections.entity, "meeting"), eq(corrections.entityId, from)))
    .run();
  // A quote an editor moved to `from` is about `into` now, or its correction would name a meeting gone.
  db.run(sql`UPDATE ${corrections} SET value = json_quote(${into})
    WHERE entity = 'quote' AND field = 'meetingId' AND value = json_quote(${from})`);
  db.delete(meetings).where(eq(meetings.id, from)).run();
  write.record("meeting", from, "merged", into);
}

/**
 * A meeting that took place takes in the meetings known only from plans of it (see `rescheduled.ts`), one that
 * overran its planned end the meetings that close it (`overrun.ts`), and a session's opening or close the other
 * (`session.ts`); first, it takes back the plans of it another meeting took in (`reclaim.ts`). Run after the
 * article's sides are stored, which the rules compare. Returns the meetings it took plans back from.
 */
export function absorbPlans(db: Db, id: string, write: Write): string[] {
  const statements = writeStatements(db);
  // First the plans another meeting took in while none had taken place where and when they said (`reclaim.ts`).
  const left = new Set<string>();
  for (const { articleId, from } of reclaimedPlans(db, id)) {
    moveReport(db, articleId, from, id);
    left.add(from);
  }
  for (const from of left) {
    if (statements.reportsOf.all({ meetingId: from }).length === 0) mergeMeeting(db, from, id, write);
    else {
      recomputeMeeting(db, from, write);
      write.record("meeting", from, "updated");
      // Left with its plans only, it may be the plan of a meeting held at its place days later, as it would have
      // joined that meeting had the report that left come first.
      const into = plannedInto(db, from);
      if (into) {
        mergeMeeting(db, from, into, write);
        recomputeMeeting(db, into, write);
        write.record("meeting", into, "updated");
      }
    }
  }
  if (left.size > 0) recomputeMeeting(db, id, write);
  const venue = statements.meetingById.get({ id });
  if (!venue) return [...left];
  const plans = plansOf(db, id, venue);
  for (const plan of plans) mergeMeeting(db, plan, id, write);
  if (plans.length > 0) recomputeMeeting(db, id, write);
  const closes = overrunsOf(db, id, venue);
  for (const close of closes) mergeMeeting(db, close, id, write);
  if (closes.length > 0) recomputeMeeting(db, id, write);
  const moved = relocatedPlansOf(db, id);
  for (const plan of moved) mergeMeeting(db, plan, id, write);
  if (moved.length > 0) recomputeMeeting(db, id, write);
  const session = sessionsOf(db, id, venue);
  for (const part of session) mergeMeeting(db, part, id, write);
  if (session.length > 0) recomputeMeeting(db, id, write);
  return [...left];
}

/** The meeting held days later at its place that meeting `id`, known only from plans, is the one plan of. */
function plannedInto(db: Db, id: string): string | undefined {
  const statements = writeStatements(db);
  const claims = statements.reportsOf.all({ meetingId: id });
  const days = meetingDays(claims);
  const venue = statements.meetingById.get({ id });
  if (!days || !venue) return undefined;
  const sides = new Set(statements.sidesOf.all({ meetingId: id }).map((x) => x.id));
  const found = plannedMeetings(db, { venue, days, claims, sides });
  const into = found.length === 1 ? found[0] : undefined;
  const target = into && statements.meetingById.get({ id: into });
  return target && plansOf(db, into, target).includes(id) ? into : undefined;
}

/**
 * Merged facts from the reports that remain: the span covers every report's (but a plan overtaken by the days a
 * report says the meeting took place), the venue the one most reports name (`venue.ts`), the status is the most recent
 * article's (a follow-up turns "scheduled" into "held"), the rule and confidence the most confident report's (a
 * report without one counts as certain), and corrections are written over them all.
 */
export function recomputeMeeting(db: Db, id: string, write: Write): void {
  const statements = writeStatements(db);
  const span = meetingDays(statements.claimDaysOf.all({ meetingId: id }));
  const latest = statements.latestReport.get({ meetingId: id });
  const surest = statements.surestReport.get({ meetingId: id });
  if (!span || !latest || !surest) return;
  statements.updateMergedMeeting.run({
    id,
    date: span.first,
    endDate: span.last === span.first ? null : span.last,
    status: statusWithRecalls(db, id, latest, span.last),
    rule: surest.rule,
    confidence: surest.confidence,
    updatedAt: write.now,
  });
  const venue = statements.meetingById.get({ id });
  const city = venue && chosenVenue(db, id, venue);
  if (venue && city) {
    const title = venue.title.endsWith(` in ${venue.city}`)
      ? `${venue.title.slice(0, -venue.city.length)}${city}`
      : venue.title;
    statements.updateMeetingVenue.run({ id, city, cityKey: slugify(city), title });
  }
  applyCorrections(db, "meeting", id);
}
