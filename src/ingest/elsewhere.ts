import type { Db } from "../db/client.js";
import type { ExtractedMeeting } from "../extract/index.js";
import { participantId, slugify } from "../ids.js";
import { sidesDisagree, tellingSides } from "./sides.js";
import { writeStatements } from "./statements.js";
import { samePlace, type Venue } from "./vicinity.js";

/**
 * Venue rules that take the venue from elsewhere in the article than the meeting's own sentence (the reporter's
 * dateline, the headline, a neighbouring sentence): such a report names no venue of its own.
 */
const BORROWED_VENUES = new Set(
  ["dateline", "headline", "headline-today", "nearby", "lede"].map((rule) => `meeting:venue-${rule}`),
);
export const borrowsVenue = (rule: string | null) => rule !== null && BORROWED_VENUES.has(rule);

/**
 * A report whose sentence names only a country ("talks … were held in Egypt on Monday"): its city is one the article
 * names elsewhere, so it names no city of its own, but the country is its claim.
 */
const COUNTRY_VENUE = "meeting:venue-country";
export const namesNoCity = (rule: string | null) => borrowsVenue(rule) || rule === COUNTRY_VENUE;

interface Candidate {
  id: string;
  city: string;
  country: string;
  /** Its span shares a day with the report's (not only touches it). */
  sameDay: boolean;
  /** Every report of it borrowed its venue. */
  borrowed: boolean;
  /** Every report of it named no city of its own, one at least naming the country. */
  countryOnly: boolean;
  sides: Set<string>;
}

/** What a report whose city has no meeting on its days says of the meetings known elsewhere on those days. */
export type Elsewhere = { join: string } | { absorb: string[] } | undefined;

/**
 * A report of a meeting known under another venue: it joins a meeting on its days (or a day off at the span's edge)
 * at a venue that is the same place (a district, a building outside town), or, naming no venue of its own, a meeting
 * that day whose sides include every side it names (naming only a country, a meeting that day in that country). A
 * report that names its venue absorbs the meetings of that day only reports without a venue placed, whose sides it
 * names (they were the reporter's city), or only reports naming its country alone. Sides must not
 * disagree: two meetings in one city region with no side in common stay two. The country of the venue named is no
 * side either way (`sides.ts`). Ambiguity (two meetings fitting as well) joins nothing.
 */
export function meetingElsewhere(db: Db, m: ExtractedMeeting): Elsewhere {
  const start = m.date;
  const end = m.endDate ?? m.date;
  const statements = writeStatements(db);
  const candidates: Candidate[] = statements.meetingsAround
    .all({ cityKey: slugify(m.city), start, end })
    .map((r) => {
      const rules = statements.reportRulesOf.all({ meetingId: r.id }).map((x) => x.rule);
      const borrowed = rules.every(borrowsVenue);
      return {
        id: r.id,
        city: r.city,
        country: r.country,
        sameDay: r.date <= end && r.end >= start,
        borrowed,
        countryOnly: !borrowed && rules.every(namesNoCity),
        sides: new Set(statements.sidesOf.all({ meetingId: r.id }).map((x) => x.id)),
      };
    });
  if (candidates.length === 0) return undefined;
  const sides = new Set([...m.parties, ...m.organizations].map(participantId));
  const shared = (c: Candidate) => [...sides].filter((s) => c.sides.has(s)).length;
  // The sides of the report borrowing its venue, all among the meeting's: but the host country of the venue that is
  // named, which reports list beside the negotiating sides ("talks between Ethiopia, Eritrea and Egypt").
  const within = (inner: Set<string>, outer: Set<string>, host: Venue) => {
    const telling = tellingSides(inner, host);
    return telling.size > 0 && [...telling].every((s) => outer.has(s));
  };

  // Sides must not disagree, and the host country named by both is no agreement (`sides.ts`).
  // A report naming only a country places the meeting in that country, wherever its city came from.
  const inCountry = (c: Venue) => m.rule !== COUNTRY_VENUE || slugify(c.country) === slugify(m.country);
  const nearby = candidates.filter((c) => samePlace(m, c) && !sidesDisagree(sides, c.sides, m));
  const join = best(
    nearby.length > 0
      ? nearby
      : namesNoCity(m.rule)
        ? candidates.filter((c) => c.sameDay && inCountry(c) && within(sides, c.sides, c))
        : [],
    shared,
  );
  if (join) return { join: join.id };
  if (namesNoCity(m.rule)) return undefined;
  const absorb = candidates.filter(
    (c) =>
      (c.borrowed || (c.countryOnly && slugify(c.country) === slugify(m.country))) &&
      c.sameDay &&
      within(c.sides, sides, m),
  );
  return absorb.length > 0 ? { absorb: absorb.map((c) => c.id) } : undefined;
}

/** The candidate sharing most sides with the report, if no other shares as many. */
function best(candidates: Candidate[], shared: (c: Candidate) => number): Candidate | undefined {
  const ranked = candidates.map((c) => ({ c, n: shared(c) })).sort((a, b) => b.n - a.n);
  if (ranked.length > 1 && ranked[0]?.n === ranked[1]?.n) return undefined;
  return ranked[0]?.c;
}
