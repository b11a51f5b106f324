import type { Db } from "../db/client.js";
import { addDays } from "../extract/mentions/calendar.js";
import type { ExtractedMeeting } from "../extract/types.js";
import { participantId, slugify } from "../ids.js";
import { type Claim, type Days, heldDays, meetingDays, touch } from "./rescheduled.js";
import { tellingSides } from "./sides.js";
import { writeStatements } from "./statements.js";
import { samePlace, type Venue } from "./vicinity.js";

// A meeting often moves to another city on the days set for it ("the GBC meeting was planned for August 4 in Phnom
// Penh"; it met in Kuala Lumpur from August 4 to 7). The same sides cannot meet in two cities on the same days: a
// plan made before the meeting, on days that meet the days a report says it took place in another city, naming two
// sides at least, each a side of that meeting (its host country aside), is a plan of it when it is the one such meeting
// and the one such plan, and no article places both. The plan's city stays a claim (a dispute), not the venue.

interface Candidate {
  id: string;
  city: string;
  country: string;
  cityKey: string;
}

const sidesOf = (db: Db, meetingId: string) =>
  writeStatements(db)
    .sidesOf.all({ meetingId })
    .map((x) => x.id);

/** Two sides at least of the plan, every one of them a side of the meeting (its host country aside). */
const sameSides = (plan: Iterable<string>, held: Iterable<string>, venue: Venue) => {
  const a = tellingSides(plan, venue);
  const b = tellingSides(held, venue);
  return a.size >= 2 && [...a].every((s) => b.has(s));
};

/** Meetings in another place than `venue` on days meeting `days`. */
function elsewhereAround(db: Db, venue: Venue, days: Days): Candidate[] {
  const cityKey = slugify(venue.city);
  return writeStatements(db)
    .meetingsBetween.all({ from: addDays(days.first, -1), to: addDays(days.last, 1) })
    .filter((c) => c.cityKey !== cityKey && !samePlace(venue, c));
}

interface Plan {
  venue: Venue;
  days: Days;
  claims: Claim[];
  sides: string[];
}

/** The meetings that took place elsewhere a plan may be the plan of. */
function relocations(db: Db, plan: Plan): string[] {
  if (plan.claims.length === 0 || plan.claims.some((c) => c.status !== "scheduled")) return [];
  const articles = new Set(plan.claims.map((c) => c.articleId));
  const planned = [...plan.claims.map((c) => c.articleDate)].sort().at(-1) as string;
  // A report written once the days it gives had begun tells of talks under way, not of a plan.
  if (planned >= plan.days.first) return [];
  const statements = writeStatements(db);
  return elsewhereAround(db, plan.venue, plan.days)
    .filter((c) => {
      const held = heldDays(statements.claimDaysOf.all({ meetingId: c.id }));
      return (
        held !== undefined &&
        planned < held.first &&
        touch(held, plan.days) &&
        sameSides(plan.sides, sidesOf(db, c.id), c) &&
        !statements.reportsOf.all({ meetingId: c.id }).some((x) => articles.has(x.articleId))
      );
    })
    .map((c) => c.id);
}

/** The one meeting that took place elsewhere a report that a meeting is to come is the plan of, if there is one. */
export function relocatedMeeting(db: Db, m: ExtractedMeeting, article: Claim): string | undefined {
  if (m.status !== "scheduled") return undefined;
  const found = relocations(db, {
    venue: m,
    days: { first: m.date, last: m.endDate ?? m.date },
    claims: [article],
    sides: [...m.parties, ...m.organizations].map(participantId),
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The one meeting known only from plans in another city that is a plan of meeting `id` (it took place). */
export function relocatedPlansOf(db: Db, id: string): string[] {
  const statements = writeStatements(db);
  const held = heldDays(statements.claimDaysOf.all({ meetingId: id }));
  const venue = statements.meetingById.get({ id });
  if (!held || !venue) return [];
  const plans = elsewhereAround(db, venue, held).filter((c) => {
    const claims = statements.reportsOf.all({ meetingId: c.id });
    const days = meetingDays(claims);
    if (!days) return false;
    const found = relocations(db, { venue: c, days, claims, sides: sidesOf(db, c.id) });
    return found.length === 1 && found[0] === id;
  });
  return plans.length === 1 ? plans.map((c) => c.id) : [];
}
