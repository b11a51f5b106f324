import type { Db } from "../db/client.js";
import type { ExtractedMeeting } from "../extract/index.js";
import { addDays } from "../extract/mentions/calendar.js";
import { participantId, slugify } from "../ids.js";
import type { Claim } from "./rescheduled.js";
import { meetingDays } from "./rescheduled.js";
import { tellingSides } from "./sides.js";
import { writeStatements } from "./statements.js";
import { samePlace, type Venue } from "./vicinity.js";

// Talks that overrun their planned end ("started today, the 25th of October, and will end on the 30th" / the deal
// signed in Pretoria on 2 November), or go on past the last day reported while they ran: a report of a meeting at the
// same place a few days after a multi-day meeting's open last day, naming a side of it, is the meeting's close, not a
// meeting of its own.

/** How many days after a multi-day meeting's planned last day its close may come. */
export const OVERRUN_DAYS = 3;

interface Days {
  first: string;
  last: string;
}

/** A meeting, or the one report about to be stored, as the rule sees it. */
interface Known {
  id?: string;
  venue: Venue;
  claims: Claim[];
  sides: Set<string>;
}

const lastOf = (c: { date: string; endDate: string | null }) => c.endDate ?? c.date;

/**
 * The days of a multi-day meeting whose last day is still open: some report was written once it had begun, and
 * every report giving its last day was written before that day or on it (a plan, or the talks so far: "held talks
 * on Monday and Tuesday" written on the Tuesday). A last day a report written after it confirms is no longer open.
 */
function plannedSpan(claims: Claim[]): Days | undefined {
  const days = meetingDays(claims);
  if (!days || days.first === days.last) return undefined;
  const begun = claims.some((c) => c.articleDate >= days.first);
  const planned = claims.filter((c) => lastOf(c) === days.last).every((c) => c.articleDate <= days.last);
  return begun && planned ? days : undefined;
}

/**
 * Whether `later` is the close of `earlier`: at the same place, starting within OVERRUN_DAYS after its planned last
 * day, reported only once it had begun, sharing a side other than the host country, and no article placing both.
 */
function closes(earlier: Known, later: Known): boolean {
  const planned = plannedSpan(earlier.claims);
  const days = meetingDays(later.claims);
  if (!planned || !days) return false;
  const place = (v: Venue) => slugify(v.city);
  const theirs = tellingSides(earlier.sides, earlier.venue);
  const articles = new Set(earlier.claims.map((c) => c.articleId));
  return (
    (place(earlier.venue) === place(later.venue) || samePlace(earlier.venue, later.venue)) &&
    planned.last < days.first &&
    days.first <= addDays(planned.last, OVERRUN_DAYS) &&
    later.claims.every((c) => c.articleDate >= planned.first) &&
    [...tellingSides(later.sides, later.venue)].some((s) => theirs.has(s)) &&
    !later.claims.some((c) => articles.has(c.articleId))
  );
}

/** The meetings known around `days` (widened by OVERRUN_DAYS either way), but `except`. */
function knownAround(db: Db, days: Days, except?: string): Known[] {
  const statements = writeStatements(db);
  return statements.meetingsBetween
    .all({ from: addDays(days.first, -OVERRUN_DAYS), to: addDays(days.last, OVERRUN_DAYS) })
    .filter((row) => row.id !== except)
    .map((row) => known(db, row.id, row));
}

function known(db: Db, id: string, venue: Venue): Known {
  const statements = writeStatements(db);
  return {
    id,
    venue,
    claims: statements.reportsOf.all({ meetingId: id }),
    sides: new Set(statements.sidesOf.all({ meetingId: id }).map((x) => x.id)),
  };
}

/** The one meeting `later` closes, if exactly one. */
function closedBy(db: Db, later: Known, days: Days): string | undefined {
  const found = knownAround(db, days, later.id).filter((earlier) => closes(earlier, later));
  return found.length === 1 ? found[0]?.id : undefined;
}

/** The meetings that close `earlier` and no other meeting. */
function closesOf(db: Db, earlier: Known, days: Days): string[] {
  return knownAround(db, days, earlier.id)
    .filter((later) => closes(earlier, later))
    .filter((later) => {
      const laterDays = meetingDays(later.claims);
      return (
        laterDays !== undefined &&
        !knownAround(db, laterDays, later.id).some((other) => other.id !== earlier.id && closes(other, later))
      );
    })
    .flatMap((later) => (later.id ? [later.id] : []));
}

/** What one report is to the meetings known: the close of one (join it), or a meeting others close (absorb them). */
export type Overrun = { join: string } | { absorb: string[] } | undefined;

/**
 * A report about to be stored: the close of the one known meeting that overran its plan, or a meeting with a planned
 * end that the known meetings a few days after it close (each closing no other).
 */
export function overrunMeeting(db: Db, m: ExtractedMeeting, claim: Claim): Overrun {
  const report: Known = {
    venue: m,
    claims: [claim],
    sides: new Set([...m.parties, ...m.organizations].map(participantId)),
  };
  const days = { first: m.date, last: m.endDate ?? m.date };
  const join = closedBy(db, report, days);
  if (join) return { join };
  const absorb = closesOf(db, report, days);
  return absorb.length > 0 ? { absorb } : undefined;
}

/**
 * The meetings that close meeting `id` (known to overrun its plan only once the article's sides are stored, which
 * the rule compares).
 */
export function overrunsOf(db: Db, id: string, venue: Venue): string[] {
  const earlier = known(db, id, venue);
  const days = meetingDays(earlier.claims);
  return days ? closesOf(db, earlier, days) : [];
}
