import type { DateMention } from "../mentions/dates.js";
import { isOrganizationWord } from "../mentions/organizations.js";
import { countryOf, FACILITY_WORDS, lookupCity, type PlaceMention } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Sentence } from "../structure/sentences.js";
import type { Span } from "../types.js";
import { gap } from "./draft.js";

// What tells the event stage that a venue belongs elsewhere, or comes from a neighbouring sentence.

// "in the district of Gorongosa", "visited the kingdom on Thursday": a venue the gazetteer does not know, or only a
// country, is still no other city. ("A visit to the island nation" names the country: its city may come from elsewhere.)
export const UNKNOWN_VENUE =
  /\b(?:in|at)\s+the\s+(?:\p{Ll}+\s+){0,2}(?:district|town|village|city|region|province|resort|county|municipality)\s+of\s+\p{Lu}|\b(?:in|to|visited|visiting|visit)\s+the\s+(?:kingdom|sultanate|emirate|island(?!\s+(?:nation|state|country|republic)))\b|\b(?:to|visited|visiting|visit)\s+the\s+country\b/u;

export const COARSE_TIME =
  /\b(?:(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)|in\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|June|July|August|September|October|November|December|(?:19|20)\d\d)|(?:since|until|before|after)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d)\b/i;

// "next week", "later this month", "this week": a coarse time of the days ahead.
const AHEAD_TIME = /\b(?:next|this|later\s+this)\s+(?:week|month)\b/gi;

/** A coarse time in the text that is not of the days ahead ("last May", "in 2019", "earlier this year"). */
export function pastCoarseTime(text: string): boolean {
  return COARSE_TIME.test(text.replace(AHEAD_TIME, ""));
}

/** A day of the coming two weeks, after the report's. */
export const comingDays = (doc: ArticleDocument, day: string): boolean =>
  day > doc.header.date && Date.parse(day) - Date.parse(doc.header.date) <= 14 * 86_400_000;

const IN_NAME = /\b(?:in|at)\s+(\p{Lu}[\p{L}\p{M}-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}-]+)*)/gu;
const NOT_PLACE_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|His|Her|Their|Its)$/;

/** A capitalised name after "in"/"at" that is no known city, country or organisation: a venue the gazetteer lacks. */
export function namesUnknownPlace(text: string): boolean {
  for (const m of text.matchAll(IN_NAME)) {
    const words = (m[1] ?? "").split(/\s+/);
    // "in Geneva Monday", "at the Glee Hotel": a trailing day, month or building word is no part of the place.
    // So is an abbreviation ("Washington DC").
    const trailing = (w: string) =>
      NOT_PLACE_WORD.test(w) || FACILITY_WORDS.has(w) || /^\p{Lu}{1,3}$/u.test(w);
    while (words.length > 1 && trailing(words.at(-1) ?? "")) words.pop();
    if (words.length === 1 && NOT_PLACE_WORD.test(words[0] ?? "")) continue;
    const name = words.join(" ");
    if (!name || /^\p{Lu}+$/u.test(words[0] ?? "")) continue;
    if (lookupCity(name) || countryOf(name) || words.some((w) => isOrganizationWord(w) || countryOf(w)))
      continue;
    return true;
  }
  return false;
}

export const nearestDate = (p: Span, dates: DateMention[]): DateMention | undefined =>
  [...dates].sort((a, b) => gap(a, p) - gap(b, p))[0];

export const ANOTHER_MEETING =
  /\b(?:next|another|new|further|follow-up|second|third|fourth|fifth|later)\s+(?:round|session|meeting|talks|summit|stage)\b|\bmeet\s+again\b/i;

/** A venue named by a meeting sentence next to this one (same or adjacent paragraph), nearest first. */
export function nearbyVenue(
  sentences: Sentence[],
  triggers: boolean[],
  venues: PlaceMention[][],
  index: number,
): PlaceMention | undefined {
  const own = sentences[index];
  if (!own) return undefined;
  for (const step of [1, -1, 2, -2]) {
    const other = sentences[index + step];
    if (!other || !triggers[index + step] || Math.abs(other.block - own.block) > 1) continue;
    const found = venues[index + step] ?? [];
    if (found.length > 0) return step > 0 ? found[0] : found[found.length - 1];
  }
  return undefined;
}

// "he will go to Tel Aviv", "plans to leave for the eastern port city of Qingdao": where someone is travelling.
const TRAVEL_TO =
  /\b(?:go|goes|going|travel|travels|travelling|traveling|fly|flies|flying|head|heads|heading|leave\s+for|leaves\s+for|leaving\s+for|depart\s+for|departs\s+for)\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}(?:of\s+)?$/u;

/**
 * A future meeting without a venue, next to a sentence saying where its people travel ("Hochstein said he will go to
 * Tel Aviv … is set to meet Netanyahu on Thursday"): that destination, when it is the only one.
 */
export function travelDestination(
  work: string,
  sentences: Sentence[],
  places: PlaceMention[],
  index: number,
): PlaceMention | undefined {
  const own = sentences[index];
  if (!own) return undefined;
  const found: PlaceMention[] = [];
  for (const step of [-1, -2, 1]) {
    const other = sentences[index + step];
    if (!other || Math.abs(other.block - own.block) > 1) continue;
    for (const p of places)
      if (
        p.start >= other.start &&
        p.end <= other.end &&
        TRAVEL_TO.test(work.slice(Math.max(other.start, p.start - 70), p.start))
      )
        found.push(p);
  }
  const cities = new Set(found.map((p) => p.city));
  return cities.size === 1 ? found[0] : undefined;
}

// "landed in Kampala, Uganda, on Friday night", "arrived in Hanoi on Sunday": where the visitor now is.
const ARRIVED_IN =
  /\b(?:arrived|arrives|arriving|landed|lands|touched\s+down)\s+(?:in|at)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,5}(?:of\s+)?$/u;

/**
 * A meeting without a venue right after a sentence saying the visitor arrived somewhere ("landed in Kampala … on
 * Friday night. On Saturday morning, he sat down for a bilateral meeting with …"): the city arrived in, when it is
 * the only one and the arrival is dated shortly before the meeting.
 */
export function arrivalCity(
  work: string,
  sentences: Sentence[],
  places: PlaceMention[],
  datesIn: DateMention[][],
  index: number,
  day: string,
): PlaceMention | undefined {
  const own = sentences[index];
  if (!own) return undefined;
  for (const step of [-1, -2]) {
    const other = sentences[index + step];
    if (!other || Math.abs(other.block - own.block) > 1) continue;
    const inOther = places.filter((p) => p.start >= other.start && p.end <= other.end);
    const arrived = inOther.filter((p) =>
      ARRIVED_IN.test(work.slice(Math.max(other.start, p.start - 60), p.start)),
    );
    // The arrival is dated, on the meeting's day or up to three days before it ("came … after talks on 16 June" is
    // travel after the meeting).
    const before = (datesIn[index + step] ?? []).some(
      (d) => d.date <= day && Date.parse(day) - Date.parse(d.date) <= 3 * 86_400_000,
    );
    if (before && new Set(arrived.map((p) => p.city)).size === 1) return arrived[0];
    // A nearer sentence naming another city puts the meeting elsewhere.
    if (inOther.length > 0) return undefined;
  }
  return undefined;
}
