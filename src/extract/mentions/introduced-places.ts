// Places too small for the gazetteer that a report introduces itself ("the truce village of Panmunjom").
import { alternation, DEMONYMS } from "../lexicon/index.js";

import { type CityEntry, countryOf, lookupCity } from "./gazetteer.js";
import { NOT_CITY } from "./place-words.js";

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
    const country =
      (after && countryOf(after)) ||
      countryNamedIn(sentence.slice(0, at - sentenceStart)) ||
      venueCountry(work) ||
      countryNamedIn(sentence) ||
      countryNamedIn(work);
    if (country) found.set(key, { city: name, country, capital: false, population: 0 });
  }
  return found;
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
