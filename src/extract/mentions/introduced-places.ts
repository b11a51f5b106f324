// Places too small for the gazetteer that a report introduces itself ("the truce village of Panmunjom").
import { alternation, DEMONYMS, NAME_WORDS } from "../lexicon/index.js";

import { type CityEntry, countryOf, lookupCity, smallPlaceCountries } from "./gazetteer.js";
import { FACILITY_WORDS, NAME_RUN, NOT_CITY } from "./place-words.js";

let namedPlaceRe: RegExp | null = null;

/**
 * Places too small for the gazetteer that the article itself introduces: "the southern Lebanese town of Naqoura",
 * "the Kenyan border town of X". The demonym gives the country; the name is then known everywhere in the article.
 */
export function placesIntroducedIn(work: string): Map<string, CityEntry> {
  namedPlaceRe ??= new RegExp(
    `\\bthe\\s+(?:\\p{Ll}+\\s+)?(${alternation(Object.keys(DEMONYMS))})\\s+(?:\\p{Ll}+\\s+)?(?:town|city|village|port|resort|enclave|island|base)\\s+of\\s+(\\p{Lu}[\\p{L}\\p{M}]+(?:[-’'][\\p{L}\\p{M}]+)*(?:${HYPHENED_NAME_END})?)`,
    "gu",
  );
  const found = new Map<string, CityEntry>();
  for (const m of work.matchAll(namedPlaceRe)) {
    const country = DEMONYMS[m[1] ?? ""];
    const name = (m[2] ?? "").replace(/\s+/g, " ");
    if (!country || NOT_CITY.has(name) || countryOf(name) || lookupCity(name)) continue;
    found.set(name.toLowerCase(), { city: name, country, capital: false, population: 0 });
  }
  // "in the truce village of Panmunjom", "the resort town of Karuizawa": without a demonym the country is the one the
  // sentence names, else the article's first.
  // (The states the article names, read once and only when a town GeoNames knows needs them.)
  let states: Set<string> | null = null;
  const articleStates = (): Set<string> => {
    states ??= countriesNamedIn(work);
    return states;
  };
  for (const m of work.matchAll(BARE_NAMED_PLACE)) {
    const name = (m[1] ?? "").replace(/\s+/g, " ");
    const key = name.toLowerCase();
    if (found.has(key) || NOT_CITY.has(name) || countryOf(name) || lookupCity(name)) continue;
    const at = m.index ?? 0;
    const sentenceStart = work.lastIndexOf(".", at) + 1;
    const sentence = work.slice(sentenceStart, work.indexOf(".", at + m[0].length) + 1 || undefined);
    // ("… of Sharm el-Sheikh, Egypt": a state right after the name is its own.)
    const after = /^,\s+(\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)?)/u.exec(
      work.slice(at + m[0].length),
    )?.[1];
    // (A town GeoNames knows is in its own state, when the article names that state: "Israeli Prime Minister … in the
    // Red Sea resort of Sharm el-Sheikh" is in Egypt, which "Egyptian President" names.)
    const listed = smallPlaceCountries(name);
    const country =
      (after && countryOf(after)) ||
      (listed.length > 0 ? listed.find((c) => articleStates().has(c)) : undefined) ||
      countryNamedIn(sentence.slice(0, at - sentenceStart)) ||
      venueCountry(work) ||
      countryNamedIn(sentence) ||
      countryNamedIn(work);
    if (country) found.set(key, { city: name, country, capital: false, population: 0 });
  }
  for (const [key, entry] of smallPlacesNamedIn(work)) if (!found.has(key)) found.set(key, entry);
  return found;
}

const LOCATIVE_RUN = new RegExp(String.raw`\b(?:in|at)\s+(${NAME_RUN})`, "gu");
// (A run ends on a name word or a hyphened one, "el-Sheikh", never on a bare particle: "Dar es".)
const NAME_END = /^\p{Lu}|-/u;

/**
 * Towns under the gazetteer's floor named as a place ("talks in Sharm el-Sheikh", "met at Nusa Dua") in an article
 * that also names the town's country ("Egypt", "Egyptian"): a GeoNames town of that name in that country. A town's
 * name alone is too often a word or a surname elsewhere; the article's own state is the evidence.
 */
function smallPlacesNamedIn(work: string): Map<string, CityEntry> {
  const found = new Map<string, CityEntry>();
  let named: Set<string> | null = null;
  for (const m of work.matchAll(LOCATIVE_RUN)) {
    // ("touched down at the … International Airport (BIA) in Katunayake": the airport's town is where one lands.)
    if (/\bAirport\b/.test(work.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
    const words = (m[1] ?? "").split(/\s+/);
    // ("in Washington DC": a known city and more is that city's business.)
    if (words.some((_, k) => k > 0 && lookupCity(words.slice(0, k).join(" ")))) continue;
    // The longest opening of the run that is a town: "in Nusa Dua on Monday", "in Sharm el-Sheikh Egyptian …".
    for (let j = words.length; j > 0; j--) {
      if (!NAME_END.test(words[j - 1] ?? "")) continue;
      const name = words.slice(0, j).join(" ");
      const key = name.toLowerCase();
      if (found.has(key) || NOT_CITY.has(name) || countryOf(name) || lookupCity(name)) break;
      // ("in Congress", "at Camp Hill": an institution or a building is no town, whatever GeoNames lists.)
      if (words.slice(0, j).some((w) => FACILITY_WORDS.has(w) || institutionWords().has(w))) break;
      const countries = smallPlaceCountries(name);
      if (!countries.length) continue;
      named ??= countriesNamedIn(work);
      const country = countries.find((c) => named?.has(c));
      if (country) found.set(key, { city: name, country, capital: false, population: 0 });
      break;
    }
  }
  return found;
}

let institutions: Set<string> | null = null;
const institutionWords = (): Set<string> => {
  institutions ??= new Set(NAME_WORDS.institutionWords);
  return institutions;
};

/** Every state a text names, by its name, an alias or a demonym. */
export function countriesNamedIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)?/gu)) {
    const words = m[0].split(/\s+/);
    for (const country of [countryOf(m[0]), ...words.map(countryOf)]) if (country) out.add(country);
  }
  return out;
}

// ("the resort city of Sharm el-Sheikh": a name may close with a hyphened particle word.)
const HYPHENED_NAME_END = String.raw`\s+(?:al|el|ez|es|ash|[AE]l|Ash)-\p{L}[\p{L}\p{M}]*`;
const BARE_NAMED_PLACE = new RegExp(
  String.raw`\b[Tt]he\s+(?:[\p{L}-]+\s+){0,3}(?:(?:town|village|resort|settlement|district|island|kibbutz|commune|hamlet)(?:\s+(?:city|town))?|(?:resort|port|coastal|border|seaside|lakeside|mountain)\s+(?:city|town))\s+of\s+(\p{Lu}[\p{L}\p{M}]+(?:[-’'][\p{L}\p{M}]+)*(?:${HYPHENED_NAME_END})?)`,
  "gu",
);

/** The state the article puts its events in: "in Egypt", "in an Egyptian resort", else null. */
function venueCountry(work: string): string | null {
  for (const m of work.matchAll(
    /\b(?:in|to)\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)?)/gu,
  )) {
    const words = m[1] ?? "";
    const country = countryOf(words) ?? countryOf(words.split(/\s+/)[0] ?? "");
    if (country) return country;
  }
  return null;
}

/** The first state a text names, by its name, a demonym or one of its cities. */
function countryNamedIn(text: string): string | null {
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)?/gu)) {
    const words = m[0];
    const country = countryOf(words) ?? countryOf(words.split(/\s+/)[0] ?? "") ?? lookupCity(words)?.country;
    if (country && !NOT_CITY.has(words)) return country;
  }
  return null;
}
