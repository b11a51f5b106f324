import { alternation, COUNTRY_ALIASES, DEMONYMS, LANDMARKS } from "../lexicon/index.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Span } from "../types.js";
import { allCountryNames, capitalOf, cityAmong, countryOf, lookupCity } from "./gazetteer.js";
import { countriesNamedIn, placesIntroducedIn } from "./introduced-places.js";
import { FACILITY_WORDS, NAME_RUN, NOT_CITY } from "./place-words.js";

export { type CountryVenue, findCountryVenues } from "./country-venues.js";
export { allCountryNames, type CityEntry, capitalOf, countryOf, fold, lookupCity } from "./gazetteer.js";
export { FACILITY_WORDS } from "./place-words.js";

/** A city named in the text, or a descriptor ("the Austrian capital") resolved to one. */
export interface PlaceMention extends Span {
  city: string;
  country: string;
  /** Preceded by a venue preposition ("in", "at", "to") or used as "the X talks". */
  venue: boolean;
  descriptor: boolean;
}

const FACILITY_AFTER = new RegExp(
  `^(?:[^\\S\\n]+\\p{Lu}[\\p{L}’'-]*){0,3}?[^\\S\\n]+(?:${[...FACILITY_WORDS].join("|")})\\b`,
  "u",
);
const DAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const BUILDING_IN_CITY = /^(?:\s+\p{Lu}[\p{L}’'-]*){1,3},?\s+in\s+\p{Lu}/u;
// Capitalised words that open a sentence or phrase rather than a name: "In Geneva Palace …", "At Doha Forum".
const RUN_OPENERS =
  /^(?:In|At|On|To|From|For|The|And|But|Inside|Near|Outside|Both|Then|After|Before|During)$/;
// (A run of capitalised words never crosses a line break: a headline or paragraph without a full stop ends there.)
const CAPITALISED = new RegExp(NAME_RUN, "gu");
// "outside Washington", "near Geneva", "from Moscow" place an event elsewhere: no venue.
// "between Washington and Havana" names two governments, not a venue; "in northern Quito" is in Quito.
// ("In Berlin on Monday, …" opens a sentence with a capital.)
const VENUE_BEFORE =
  /\b(?:[Ii]n|[Aa]t|to|into|for|[Ii]nside|visited|visiting|visits)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|downtown)\s+)?$/;
// "the government in Tripoli", "its embassy in Cairo", "the Doha-based": where an institution sits, not a venue.
const SEAT_BEFORE =
  /\b(?:government|administration|authorities|parliament|embassy|regime|based|headquartered|base|airport|airbase)\s+in\s+$/i;
// "the war in Gaza", "the humanitarian situation in Idlib": what talks are about. (Not "a ceasefire in Geneva": a
// ceasefire is signed somewhere.)
const TOPIC_IN =
  /\b(?:war|conflict|crisis|fighting|violence|situation|hostilities|hostages|offensive|reconstruction|instability)\s+in\s+(?:the\s+)?$/i;
// "speaking on Wednesday while being in Doha", "told reporters in Cairo": where something was said, not met.
const REPORTED_IN =
  /\b(?:speaking|while\s+being|told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference))\b[^.;,“”"]{0,30}\s(?:in|at)\s+$/;
// "in the southern Lebanese town of Naqoura", "at the Swiss city of Geneva": the venue is the named place.
const VENUE_OF_BEFORE = /\b(?:in|at|to)\s+the\s+(?:[\p{L}-]+\s+){1,4}of\s+$/u;
// "in Oman's capital Muscat", "in Qatar’s capital of Doha", "in the Turkish resort city Antalya": a venue in apposition.
const VENUE_APPOSITION =
  /\b(?:in|at|to|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*(?:[’']s)?\s+){0,2}(?:[\p{Ll}-]+(?:[’']s)?\s+){0,2}(?:capital|city|town|port|resort|village)(?:\s+of)?,?\s+$/u;
// "in Russia's Kazan", "to Switzerland's Geneva": a venue preposition, then the state's possessive.
const STATE_POSSESSIVE_BEFORE = /\b(?:[Ii]n|[Aa]t|to)\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})[’']s\s+$/u;
const statePossessiveBefore = (before: string): boolean => {
  const state = STATE_POSSESSIVE_BEFORE.exec(before)?.[1];
  return state !== undefined && countryOf(state) !== null;
};
// "At Merdeka Palace, Jakarta on Friday", "at Hyderabad House, New Delhi": the city after a named building is its venue.
const FACILITY_COMMA_BEFORE = new RegExp(
  `\\b(?:[Aa]t|[Ii]n)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}(?:${[...FACILITY_WORDS].join("|")}),\\s+$`,
  "u",
);
const MEETING_AFTER = /^\s+(?:talks|meeting|round|session|summit|conference|negotiations|consultations)\b/;
// "on the sidelines of Antalya Diplomacy Forum", "the G7 Hiroshima Foreign Ministers’ Meeting": a gathering named after
// its city.
const NAMED_GATHERING =
  /^(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+(?:Forum|Summit|Conference|Dialogue|Meeting|Talks|Consultations)\b/u;
// "Brest, a city in Belarus, was host to …", "Doha hosted the talks": a city hosting is the venue.
// (Not after "near", "outside", "west of": "talks near Paris hosted by …" are hosted near the city.)
const HOSTS_AFTER =
  /^(?:,[^,.;]{1,50},)?\s+(?:is\s+where|was\s+where|will\s+be\s+where|hosted|hosts|will\s+host|is\s+hosting|was\s+host\s+to|played\s+host\s+to|(?:is|was|are|were)\s+(?:to|due\s+to|set\s+to)\s+host|(?:planned|plans|agreed|offered)\s+to\s+host)\b/;
// "the Kinshasa-hosted talks": the city that hosts them.
const HOSTED = /(\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+)?)-hosted\b/gu;
let descriptorRe: RegExp | null = null;
let landmarks: RegExp | null = null;
const landmarkRe = (): RegExp => {
  landmarks ??= new RegExp(
    `\\b(?:at|in|inside|to|visited|visiting|visits)\\s+(?:the\\s+|a\\s+)?(${alternation(Object.keys(LANDMARKS))})\\b`,
    "g",
  );
  return landmarks;
};

/** A capitalised word that makes a city name after it part of a longer name ("Pacific" of "Pacific Alliance"). */
function endsName(previous: string): boolean {
  return !(
    RUN_OPENERS.test(previous) ||
    /[’']s$/.test(previous) ||
    NOT_CITY.has(previous) ||
    DEMONYMS[previous] !== undefined ||
    countryOf(previous) !== null ||
    lookupCity(previous) !== undefined
  );
}

/** "the Zaporizhzhia nuclear plant", "the Kherson region": a city name between "the" and a common noun names that thing, not a venue. */
function modifiesNoun(work: string, start: number, end: number): boolean {
  return (
    /\bthe\s+$/i.test(work.slice(Math.max(0, start - 5), start)) &&
    /^\s+\p{Ll}/u.test(work.slice(end, end + 3)) &&
    // ("in the Gomel region", "the Brest district": the area around the city, which reports use for its venue; "at the
    // Cholpon-Ata resort town": the town itself.)
    !/^\s+(?:region|oblast|province|district|area|resort|town|city|village)\b/.test(work.slice(end, end + 12))
  );
}

let demonymVenue: RegExp | null = null;
// "held … in Kyrgyz Batken city", "in the Turkish Antalya": a venue preposition, then the state's adjective.
const demonymBefore = (): RegExp => {
  demonymVenue ??= new RegExp(
    `\\b(?:[Ii]n|[Aa]t)\\s+(?:the\\s+)?(?:${alternation(Object.keys(DEMONYMS))})\\s+$`,
    "u",
  );
  return demonymVenue;
};

/** The biggest city named "Saint X" or "St. X". */
function saintCity(name: string): { city: string; country: string } | undefined {
  const found = [`Saint ${name}`, `St. ${name}`, `St ${name}`]
    .map((n) => lookupCity(n))
    .filter((c) => c !== undefined)
    .sort((a, b) => b.population - a.population)[0];
  return found ? { city: found.city, country: found.country } : undefined;
}

let joinedStates: RegExp | null = null;
/** Whether a state whose name joins two names with "and" ("Sao Tome and Principe", "Trinidad and Tobago") starts here. */
function joinedStateAt(work: string, start: number): boolean {
  joinedStates ??= new RegExp(
    `^(?:${alternation(
      [...allCountryNames(), ...Object.keys(COUNTRY_ALIASES)].filter((n) => /\sand\s/.test(n)),
    )})\\b`,
    "u",
  );
  return joinedStates.test(work.slice(start, start + 60));
}

/** City names (gazetteer, or introduced by the article) and "the Saudi city"/"the Omani capital" descriptors, in text order. */
export function findPlaces(work: string, from: number, exclude: Span[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const introduced = placesIntroducedIn(work);
  let states: Set<string> | null = null;
  const namedStates = (): Set<string> => {
    states ??= countriesNamedIn(work);
    return states;
  };
  const body = work.slice(from);
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(body); m; m = CAPITALISED.exec(body)) {
    const words = m[0].split(/\s+/);
    // ("met at Geneva's Palais des Nations", "in Moscow’s Kremlin": a city's possessive before a building it holds.)
    const owner = /^(\p{Lu}[\p{L}\p{M}-]*)[’']s$/u.exec(words[0] ?? "")?.[1];
    const ownerCity = owner && words.length > 1 && !countryOf(owner) ? lookupCity(owner) : undefined;
    if (owner && ownerCity) {
      const start = from + m.index;
      const end = start + owner.length;
      if (!exclude.some((x) => start < x.end && end > x.start))
        out.push({
          start,
          end,
          city: ownerCity.city,
          country: ownerCity.country,
          venue: /\b(?:[Ii]n|[Aa]t|inside)\s+$/.test(work.slice(Math.max(0, start - 8), start)),
          descriptor: false,
        });
    }
    // Longest gazetteer match starting at any word of the capitalised run.
    let offset = 0;
    for (let i = 0; i < words.length; i++) {
      let matched = 0;
      for (let j = words.length; j > i && !matched; j--) {
        const name = words.slice(i, j).join(" ");
        const entry =
          NOT_CITY.has(name) || countryOf(name)
            ? undefined
            : (lookupCity(name) ?? introduced.get(name.toLowerCase()));
        if (!entry) continue;
        // "Puerto Ordaz", "the Washington Post", "the Paris Agreement": a city name that runs on into another
        // capitalised word is part of a longer name, unless that word names a building or gathering in the city.
        const start = from + m.index + m[0].indexOf(name, offset);
        // ("in Ankara Thursday", "met in Geneva Monday": a day or month after the city is no part of its name.)
        if (
          words[j] !== undefined &&
          !DAY_OR_MONTH.test(words[j] ?? "") &&
          // ("in Washington D.C. with …": the district's letters are the city's address, not a longer name.)
          !/^[^\S\n]+D\.?C\b/.test(work.slice(start + name.length, start + name.length + 6)) &&
          !FACILITY_AFTER.test(work.slice(start + name.length, start + name.length + 60))
        )
          continue;
        // ("the Bayan Palace" in a report of Kuwait: a building named like a town of a state the report never names is
        // no city.)
        if (
          /^(?:Palace|Castle|Residence|Hotel|Hall|Mosque|Stadium)$/.test(words[j] ?? "") &&
          !entry.capital &&
          !namedStates().has(entry.country)
        )
          continue;
        // "the Palace of Independence", "Hall of Fame": a name after a building's "of" names no city.
        if (
          /\b(?:Palace|House|Hall|Square|Monument|Museum|Church|Cathedral|Temple|Hotel|Avenue|Street)\s+of\s+(?:the\s+)?$/.test(
            work.slice(Math.max(0, start - 30), start),
          )
        )
          continue;
        // "at Hyderabad House", "Lancaster House": a house named after a place stands elsewhere (Delhi, London).
        if (/^\s+House\b/.test(work.slice(start + name.length, start + name.length + 8))) continue;
        // "at Hyderabad House in New Delhi": a building named after one city, standing in another.
        if (
          words[j] !== undefined &&
          BUILDING_IN_CITY.test(work.slice(start + name.length, start + name.length + 60))
        )
          continue;
        // "the Fortune Most Powerful Women Summit": a city name inside a longer name, with name words on both sides.
        if (words[j] !== undefined && i > 0 && !RUN_OPENERS.test(words[i - 1] ?? "")) continue;
        // "the Pacific Alliance summit": a city name ending a longer name, after a word that is no state's.
        if (i > 0 && endsName(words[i - 1] ?? "")) continue;
        const end = start + name.length;
        if (exclude.some((s) => start < s.end && end > s.start)) continue;
        // "in Sao Tome and Principe on 14 January": the state's name, not its capital.
        if (joinedStateAt(work, start)) continue;
        const elsewhere = /\b(?:near|outside|from|west|east|north|south)\s+(?:of\s+)?$/i.test(
          work.slice(Math.max(0, start - 15), start),
        );
        // ("Gaza talks go on in Sharm el-Sheikh": talks named after a place held in another are about it.)
        const heldElsewhere = /^\s+\p{Ll}+\b[^.;:]*?\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u.test(
          work.slice(end, end + 80).replace(/^\s+\S+/, " x"),
        );
        const meetingAfter =
          !elsewhere &&
          ((MEETING_AFTER.test(work.slice(end, end + 20)) && !heldElsewhere) ||
            HOSTS_AFTER.test(work.slice(end, end + 80)) ||
            NAMED_GATHERING.test(work.slice(end, end + 60)));
        const venue =
          (VENUE_BEFORE.test(work.slice(Math.max(0, start - 20), start)) &&
            !TOPIC_IN.test(work.slice(Math.max(0, start - 30), start)) &&
            !SEAT_BEFORE.test(work.slice(Math.max(0, start - 30), start)) &&
            !REPORTED_IN.test(work.slice(Math.max(0, start - 50), start)) &&
            !modifiesNoun(work, start, end)) ||
          VENUE_OF_BEFORE.test(work.slice(Math.max(0, start - 60), start)) ||
          VENUE_APPOSITION.test(work.slice(Math.max(0, start - 60), start)) ||
          FACILITY_COMMA_BEFORE.test(work.slice(Math.max(0, start - 60), start)) ||
          demonymBefore().test(work.slice(Math.max(0, start - 40), start)) ||
          statePossessiveBefore(work.slice(Math.max(0, start - 40), start)) ||
          // ("took place in a Geneva suburb", "at a Doha hotel": the city names where its suburb or building is.)
          (/\b(?:[Ii]n|[Aa]t)\s+an?\s+$/.test(work.slice(Math.max(0, start - 8), start)) &&
            /^\s+(?:suburb|district|neighbou?rhood|hotel|resort|outskirts)\b/.test(
              work.slice(end, end + 16),
            )) ||
          meetingAfter;
        // "St. Petersburg": the abbreviated saint before the run names the bigger city ("Saint Petersburg", not
        // Petersburg or Florida's St. Petersburg).
        const saint = /\b(?:St|ST)\.?\s+$/.exec(work.slice(Math.max(0, start - 4), start));
        const sainted = saint ? saintCity(name) : undefined;
        if (saint && sainted) {
          const from = start - saint[0].length;
          const placed = venue || VENUE_BEFORE.test(work.slice(Math.max(0, from - 20), from));
          // (Kept as the report writes it, as other spellings are: "St. Petersburg".)
          const written = work
            .slice(from, end)
            .replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
          out.push({
            start: from,
            end,
            city: written,
            country: sainted.country,
            venue: placed,
            descriptor: false,
          });
        } else {
          // (The other state must be named close by — "travel to England for a meeting in Windsor", "Italy to stage
          // a conference in Palermo" — as reports of a meeting in Vancouver name the United States all over.)
          const chosen = cityAmong(entry, namedStates, () => statesNearby(work, start, end));
          out.push({ start, end, city: chosen.city, country: chosen.country, venue, descriptor: false });
        }
        matched = j - i;
      }
      offset += (words[i]?.length ?? 0) + 1;
      if (matched) i += matched - 1;
    }
  }
  // "at the White House", "in the Kremlin": the seat stands for its city.
  for (const m of body.matchAll(landmarkRe())) {
    const entry = lookupCity(LANDMARKS[m[1] ?? ""] ?? "");
    const start = from + (m.index ?? 0) + m[0].length - (m[1] ?? "").length;
    const end = start + (m[1] ?? "").length;
    if (entry && !exclude.some((x) => start < x.end && end > x.start))
      out.push({ start, end, city: entry.city, country: entry.country, venue: true, descriptor: false });
  }
  for (const m of body.matchAll(HOSTED)) {
    // "The Kinshasa-hosted": the longest ending of the run that is a city.
    const run = m[1] ?? "";
    const name = [run, run.split(/\s/).pop() ?? ""].find((n) => lookupCity(n)) ?? "";
    const entry = name ? lookupCity(name) : undefined;
    const start = from + (m.index ?? 0) + run.length - name.length;
    const end = start + name.length;
    if (entry && !exclude.some((x) => start < x.end && end > x.start))
      out.push({ start, end, city: entry.city, country: entry.country, venue: true, descriptor: false });
  }
  out.push(...findDescriptors(work, from, out));
  return out.sort((a, b) => a.start - b.start);
}

/** The states named around a mention within its paragraph (160 characters either side), or by a capital there. */
function statesNearby(work: string, start: number, end: number): Set<string> {
  const from = Math.max(work.lastIndexOf("\n", start) + 1, start - 160);
  const lineEnd = work.indexOf("\n", end);
  const text = work.slice(from, Math.min(lineEnd < 0 ? work.length : lineEnd, end + 160));
  const states = countriesNamedIn(text);
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}-]+/gu)) {
    const city = lookupCity(m[0]);
    if (city?.capital) states.add(city.country);
  }
  return states;
}

/** "the Swiss city", "the Austrian capital": the last city named before in that country, or its capital. */
function findDescriptors(work: string, from: number, cities: PlaceMention[]): PlaceMention[] {
  descriptorRe ??= new RegExp(
    // ("the Omani capital", and "in Mexico’s capital": a state's possessive works as its adjective.)
    `\\b(?:the\\s+(${alternation(Object.keys(DEMONYMS))})|(?<=\\b(?:in|at|to)\\s+)(${alternation(allCountryNames())})[’']s)\\s+(city|capital|town|resort|port city|port|venue)\\b`,
    "g",
  );
  const out: PlaceMention[] = [];
  descriptorRe.lastIndex = from;
  for (let m = descriptorRe.exec(work); m; m = descriptorRe.exec(work)) {
    const country = m[1] ? DEMONYMS[m[1]] : countryOf(m[2] ?? "");
    if (!country) continue;
    // "the South African capital Pretoria": the name that follows is the place; the descriptor adds nothing.
    const end = m.index + m[0].length;
    if (cities.some((c) => c.start >= end && c.start <= end + 4)) continue;
    const named = cities.filter((c) => c.country === country && c.start < m.index).pop();
    const entry = named ?? (m[3] === "capital" ? capitalOf(country) : undefined);
    if (!entry) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      city: entry.city,
      country: entry.country,
      venue: true,
      descriptor: true,
    });
  }
  // "was met … on Monday in the national capital", "held a meeting in the capital": with no state named, the capital
  // the report last named (its dateline's, often).
  for (const m of work.slice(from).matchAll(BARE_CAPITAL)) {
    const start = from + (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    const end = start + (m[1]?.length ?? 0);
    if (cities.some((c) => c.start >= end && c.start <= end + 6)) continue;
    const named = cities.filter((c) => c.start < start && capitalOf(c.country)?.city === c.city).pop();
    if (named)
      out.push({ start, end, city: named.city, country: named.country, venue: true, descriptor: true });
  }
  return out;
}

const BARE_CAPITAL =
  /\b(?:in|at)\s+(the\s+(?:national\s+)?capital(?:\s+city)?)(?![\p{L}-]|\s+of\b|,?\s+\p{Lu})/gu;

/** The city of the dateline (`GENEVA (AP) —`), as a venue candidate of last resort. */
export function datelinePlace(doc: ArticleDocument): PlaceMention | null {
  const place = doc.dateline?.place;
  if (!place) return null;
  const written = doc.text.slice(place.start, place.end);
  const name = written.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  // ("SKHIRAT, Morocco (Reuters) -" … "in the Moroccan coastal town of Skhirat": a place the article introduces.)
  const entry = countryOf(name)
    ? undefined
    : (lookupCity(name) ?? placesIntroducedIn(doc.work).get(name.toLowerCase()));
  return entry
    ? { ...place, city: entry.city, country: entry.country, venue: true, descriptor: false }
    : null;
}

/**
 * A headline shortens the city its body names in full ("… talks in Delhi" over a report from "New Delhi"): a headline
 * place whose name ends a body city's name in the same country is that city.
 */
export function fullHeadlinePlaces(headline: PlaceMention[], body: PlaceMention[]): PlaceMention[] {
  return headline.map((p) => {
    const full = body.find(
      (q) => q.country === p.country && q.city !== p.city && q.city.endsWith(` ${p.city}`),
    );
    return full ? { ...p, city: full.city } : p;
  });
}
