import type { Db } from "../db/client.js";
import type { ExtractedMeeting } from "../extract/index.js";
import { addDays } from "../extract/mentions/calendar.js";
import { participantId, slugify } from "../ids.js";
import { tellingSides } from "./sides.js";
import { writeStatements } from "./statements.js";
import { samePlace, type Venue } from "./vicinity.js";

// A meeting announced for one day often takes place on another ("the next meeting, in Brussels on 21 July" / "my
// meeting in Brussels on July 15"): a plan made before the meeting, at its venue, naming a side of it, within a
// week of the days a report says it took place, is a plan of that meeting, unless some article tells the two apart.

/** How far (in days) a plan's days may lie from the days a meeting took place: a meeting put off or brought forward. */
export const RESCHEDULED_DAYS = 7;

/** What one article said of a meeting (the columns of `meetingReports` the rules read). */
export interface Claim {
  articleId: string;
  articleDate: string;
  status: string;
  date: string;
  endDate: string | null;
}

export interface Days {
  first: string;
  last: string;
}

const lastOf = (c: { date: string; endDate: string | null }) => c.endDate ?? c.date;
export const touch = (a: Days, b: Days) => addDays(a.first, -1) <= b.last && addDays(a.last, 1) >= b.first;

/** What the days of a meeting are read from: a claim without the article that makes it. */
export type DayClaim = Omit<Claim, "articleId">;

/** The days the reports that say the meeting took place give it, if any does. */
export function heldDays(claims: DayClaim[]): Days | undefined {
  const held = claims.filter((c) => c.status === "held");
  if (held.length === 0) return undefined;
  return { first: earliest(held.map((c) => c.date)), last: latest(held.map(lastOf)) };
}

/**
 * A report overtaken by what happened: written before the days a report says the meeting took place, and before its
 * own first day (talks it reports begun, "started today … will end on the 30th", are no plan), that it is still to
 * come on days that do not meet them. Its days stay a claim (a dispute), not days of the meeting.
 */
function overtaken(c: DayClaim, held: Days | undefined): boolean {
  return (
    held !== undefined &&
    c.status === "scheduled" &&
    c.articleDate < held.first &&
    c.articleDate < c.date &&
    !touch({ first: c.date, last: lastOf(c) }, held)
  );
}

/** A meeting's days: every report's, but a plan overtaken by a report of other days it took place. */
export function meetingDays(claims: DayClaim[]): Days | undefined {
  const held = heldDays(claims);
  const counted = claims.filter((c) => !overtaken(c, held));
  if (counted.length === 0) return undefined;
  return { first: earliest(counted.map((c) => c.date)), last: latest(counted.map(lastOf)) };
}

/** What a plan is: its venue, days, reports and sides. */
export interface Plan {
  venue: Venue;
  days: Days;
  claims: Claim[];
  sides: Set<string>;
}

/**
 * A week is long at a busy venue: only a side both name shows a plan to be of the meeting, and not the host country
 * (`sides.ts`), which plans and meetings of other sides at that venue name as well.
 */
const shareSide = (a: Set<string>, b: Set<string>, venue: Venue) => {
  const other = tellingSides(b, venue);
  return [...tellingSides(a, venue)].some((s) => other.has(s));
};

/** Meetings at the same place (the same city, a district or building of it) meeting the days widened by `reach`. */
function sameVenueAround(db: Db, venue: Venue, days: Days, reach: number) {
  const cityKey = slugify(venue.city);
  return writeStatements(db)
    .meetingsBetween.all({ from: addDays(days.first, -reach), to: addDays(days.last, reach) })
    .filter((c) => c.cityKey === cityKey || samePlace(venue, c));
}

const claimsOf = (db: Db, meetingId: string): Claim[] => writeStatements(db).reportsOf.all({ meetingId });
const dayClaimsOf = (db: Db, meetingId: string): DayClaim[] =>
  writeStatements(db).claimDaysOf.all({ meetingId });
const sidesOf = (db: Db, meetingId: string) =>
  new Set(
    writeStatements(db)
      .sidesOf.all({ meetingId })
      .map((x) => x.id),
  );

/** The meetings that took place a plan may be the plan of: the plan came first and no article places both. */
export function plannedMeetings(db: Db, plan: Plan, except?: string): string[] {
  if (plan.claims.some((c) => c.status !== "scheduled")) return [];
  const articles = new Set(plan.claims.map((c) => c.articleId));
  const planned = latest(plan.claims.map((c) => c.articleDate));
  // A report written once the days it gives had begun tells of talks under way, not of a plan.
  if (planned >= plan.days.first) return [];
  return sameVenueAround(db, plan.venue, plan.days, RESCHEDULED_DAYS)
    .filter((c) => c.id !== except)
    .filter((c) => {
      // (The days from the distinct claims first; every report only when the days already fit.)
      const held = heldDays(dayClaimsOf(db, c.id));
      return (
        held !== undefined &&
        planned < held.first &&
        !touch(held, plan.days) &&
        shareSide(plan.sides, sidesOf(db, c.id), plan.venue) &&
        !claimsOf(db, c.id).some((x) => articles.has(x.articleId))
      );
    })
    .map((c) => c.id);
}

/** The one meeting that took place a report that a meeting is to come is the plan of, if there is exactly one. */
export function plannedMeeting(db: Db, m: ExtractedMeeting, article: Claim): string | undefined {
  if (m.status !== "scheduled") return undefined;
  const sides = new Set([...m.parties, ...m.organizations].map(participantId));
  const candidates = plannedMeetings(db, {
    venue: m,
    days: { first: m.date, last: m.endDate ?? m.date },
    claims: [article],
    sides,
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The meetings known only from plans that are plans of meeting `id` (it took place): each such plan has it as the
 * one meeting it may be the plan of, and it is the one plan near it, or none is taken.
 */
export function plansOf(db: Db, id: string, venue: Venue): string[] {
  const held = heldDays(dayClaimsOf(db, id));
  if (!held) return [];
  const plans = sameVenueAround(db, venue, held, RESCHEDULED_DAYS)
    .filter((c) => c.id !== id)
    .filter((c) => {
      const claims = claimsOf(db, c.id);
      const days = meetingDays(claims);
      if (!days) return false;
      const found = plannedMeetings(db, { venue: c, days, claims, sides: sidesOf(db, c.id) });
      return found.length === 1 && found[0] === id;
    });
  return plans.length === 1 ? plans.map((c) => c.id) : [];
}

/** ISO days (and article dates) sort as text. */
const earliest = (days: string[]) => [...days].sort()[0] as string;
const latest = (days: string[]) => [...days].sort()[days.length - 1] as string;
