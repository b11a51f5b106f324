// Dates of arrivals: "arrived in Cairo on May 4", "was welcomed at the airport", "reached Port Vila yesterday".
import { ARRIVAL_VERBS, MEETING_NOUNS, MEETING_VERBS } from "../lexicon/index.js";
import type { Span } from "../types.js";
import { openingMainVerb } from "./report-dates.js";
import { baseOf, hasMeetingTrigger, wordsOf } from "./trigger-words.js";

// "… on May 4 for talks", "travelled to Moscow, where they held talks with …", "travelled to Tskhinvali, where the
// leader … were among those they met", "will arrive in Kigali on January 12, and there he is expected to sit down for
// talks": the travel is for a meeting. ("reached Sweden on Tuesday, after failing to turn up for talks in Geneva in
// September": a "for talks" after a comma is another clause's.)
const FOR_TALKS =
  /^[^.;:,]{0,40}?\bfor\b[^.;:,]{0,50}?\b(?:talks|meetings?|negotiations|summit|consultations)\b|^[^.;:]{0,60}?,\s*(?:and\s+)?(?:where|there)\b[^.;:]{0,120}?\b(?:held|met|hold|meet|signed|had\s+talks|sit\s+down|talks)\b/u;

// "Having arrived Friday in Oman, Araghchi met with …": the arrival opens a sentence whose main clause is a meeting.
// ("Before he departs later on Monday, Blinken may also meet Xi": a clause of the travel that opens a sentence about a
// meeting that day.)
const ARRIVAL_OPENER =
  /^(?:Having\s+arrived|After\s+arriving|Upon\s+arriving|On\s+arriving|Arriving|(?:Before|After|Once|When)\s+(?:he|she|they|\p{Lu}[\p{L}-]+)\s+(?:departs|departed|leaves|left|arrives|arrived|lands|landed)\b)[^,]*,/iu;

// "was welcomed by President Tokayev at the Airport of Astana", "touched down at an air force base …, and she was
// welcomed there by the foreign minister": a welcome at the airport is the arrival.
const AIRPORT_WELCOME =
  /\b(?:welcomed|greeted|received|welcomes|greets|receives|greet|welcome|receive)\b[^.;]{0,120}?\b(?:at|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:[Aa]irport|[Aa]irbase|[Aa]ir\s+(?:[Ff]orce\s+)?[Bb]ase)\b|\b(?:landed|touched\s+down|arrived)\s+at\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,4}?(?:[Aa]irport|[Aa]irbase|[Aa]ir\s+(?:[Ff]orce\s+)?[Bb]ase)\b[^.;]{0,120}?\b(?:welcomed|greeted|received)\b/u;

const REACHED_PLACE = /\breach(?:ed|es)?\s+(?!an?\b|the\b)\p{Lu}/u;

/** "arrived in Cairo on May 4" dates an arrival; "… on May 4 for talks" dates the talks. */
export function datesArrival(work: string, sentence: Span, mention: Span): boolean {
  return arrivalReading(work, sentence, mention) === "arrival";
}

/**
 * "arrived on Wednesday in Geneva for a new round of talks": the date is the talks' only while the article dates them
 * no other way (see `yieldArrivalDays`).
 */
export function arrivesForTalks(work: string, sentence: Span, mention: Span): boolean {
  return arrivalReading(work, sentence, mention) === "arrival-for-talks";
}

function arrivalReading(work: string, sentence: Span, mention: Span): "arrival" | "arrival-for-talks" | null {
  const travel = (): "arrival" | "arrival-for-talks" =>
    FOR_TALKS.test(work.slice(mention.end, sentence.end)) ? "arrival-for-talks" : "arrival";
  const text = work.slice(sentence.start, sentence.end);
  if (AIRPORT_WELCOME.test(text) && !wordsOf(text).some((w) => MEETING_NOUNS.has(baseOf(w))))
    return "arrival";
  // "who reached Port Villa yesterday evening": reaching a place is arriving there.
  if (
    /\b(?:reached|reach|reaches|reaching)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:\p{Ll}+\s+){0,2}$/u.test(
      work.slice(Math.max(sentence.start, mention.start - 60), mention.start),
    )
  )
    return travel();
  // "which came to Geneva on Wednesday for the talks": coming to a place for talks is arriving for them ("came to an
  // end" is not; "will come to Moldova on 28 April for a working visit" is the visit).
  if (
    /\b(?:came|come|comes)\s+(?:back\s+)?to\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:on\s+)?$/u.test(
      work.slice(Math.max(sentence.start, mention.start - 60), mention.start),
    ) &&
    travel() === "arrival-for-talks"
  )
    return "arrival-for-talks";
  const opener = ARRIVAL_OPENER.exec(work.slice(sentence.start, sentence.end));
  if (opener && mention.end <= sentence.start + opener[0].length)
    return hasMeetingTrigger(work, { start: sentence.start + opener[0].length, end: sentence.end })
      ? null
      : "arrival";
  // "Late Wednesday Russian Foreign Minister Sergey Lavrov arrived in …": the opening date's verb is the arrival.
  const main = openingMainVerb(work, sentence, mention);
  if (main && ARRIVAL_VERBS.has(main)) return travel();
  // ("On Sunday, 16 March, the Secretary-General reached Geneva, where …": reaching a place, not a deal, is arriving.)
  if (main && /^reach(?:ed|es)?$/.test(main) && REACHED_PLACE.test(work.slice(mention.end, sentence.end)))
    return travel();
  // "Biden on Thursday departed Washington for Lima": the verb right after a date between subject and verb is its own.
  const next = /^\s+([\p{Ll}-]+)/u.exec(work.slice(mention.end, mention.end + 20))?.[1] ?? "";
  if (ARRIVAL_VERBS.has(next) && /\bon\s+$/.test(work.slice(Math.max(0, mention.start - 4), mention.start)))
    return travel();
  const words = wordsOf(work.slice(sentence.start, mention.start));
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    const w = words[i] ?? "";
    if (MEETING_NOUNS.has(w) || MEETING_VERBS.has(w)) return null;
    if (ARRIVAL_VERBS.has(w)) return travel();
  }
  return null;
}
