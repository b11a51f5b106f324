import { DEMONYMS } from "../lexicon/index.js";
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
    .map((c) => ({ start: c.start, end: c.end, country: c.name }));
}
