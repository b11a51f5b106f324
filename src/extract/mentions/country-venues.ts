import { alternation, DEMONYMS } from "../lexicon/index.js";
import type { Span } from "../types.js";

// Countries named where a venue would be: the city must come from elsewhere in the article.

/** A country named where a venue would be: "meet on June 1 in Moldova", "a session in North Macedonia". */
export interface CountryVenue extends Span {
  country: string;
}

// "will be hosted by Japan on Wednesday": the host country is the venue's country too.
// "the situation in Sudan", "the war in Ukraine": a topic of the talks, not where they are.
const TOPIC_IN =
  /\b(?:situation|crisis|crises|war|conflict|fighting|violence|peace|developments|events|security|stability|instability|tensions|hostilities|elections?|ceasefire|truce|humanitarian|presence|operations?|invasion|occupation|killings|abuses|crackdown|investments?|trade|interests)\s+in\s+(?:the\s+)?$/i;
const COUNTRY_VENUE_BEFORE =
  /\b(?:in|to|visit|visits|visiting|hosted\s+by)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$/;

/** Country names after a venue preposition (not demonyms: "in Russian" is no place). */
export function findCountryVenues(
  work: string,
  countries: { start: number; end: number; name: string }[],
): CountryVenue[] {
  return countries
    .filter((c) => {
      const written = work.slice(c.start, c.end);
      return (
        !DEMONYMS[written] &&
        COUNTRY_VENUE_BEFORE.test(work.slice(Math.max(0, c.start - 30), c.start)) &&
        !TOPIC_IN.test(work.slice(Math.max(0, c.start - 40), c.start)) &&
        // "in Moldova's capital" / "in Russia-held territory" name another place.
        !/^(?:[’']s\b|-)/.test(work.slice(c.end, c.end + 2))
      );
    })
    .map((c) => ({ start: c.start, end: c.end, country: c.name }))
    .concat(describedPlaces(work))
    .sort((a, b) => a.start - b.start);
}

let describedRe: RegExp | null = null;
/**
 * "meeting in an Egyptian resort on Monday", "at a Saudi palace": a place the sentence describes only by its state
 * is somewhere in that state ("the Egyptian resort of Sharm el-Sheikh" names the place itself, and is read there).
 */
function describedPlaces(work: string): CountryVenue[] {
  describedRe ??= new RegExp(
    `\\b(?:in|at|to)\\s+(?:an?|the)\\s+(?:\\p{Ll}+\\s+)?(${alternation(Object.keys(DEMONYMS))})\\s+(?:\\p{Ll}+\\s+)?(?:resort|town|city|village|port|capital|palace|base)\\b(?!\\s+of\\b)`,
    "gu",
  );
  return [...work.matchAll(describedRe)].flatMap((m) => {
    const country = DEMONYMS[m[1] ?? ""];
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? "");
    return country ? [{ start, end: start + (m[1] ?? "").length, country }] : [];
  });
}
