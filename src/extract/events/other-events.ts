// Dates of other events: an attack, a statement, a phone call, a document, an election held on a day.
import { MEETING_NOUNS, MEETING_VERBS, OTHER_EVENTS, QUALIFIED_MEETING_NOUNS } from "../lexicon/index.js";
import type { Span } from "../types.js";
import { baseOf, callsOnSomeone, isTrigger, receivesSomeone, wordsOf } from "./trigger-words.js";

export const DOCUMENT_NOUNS = new Set([
  "deal",
  "agreement",
  "accord",
  "accords",
  "declaration",
  "ceasefire",
  "truce",
  "treaty",
  "memorandum",
  "protocol",
  "deadline",
]);
const REGION_TRIP =
  /\b(?:(?:visit|tour|trip|visits|tours|trips)\s+(?:to|of|across|through)\s+(?:the\s+)?(?:Africa|Europe|Asia|Latin\s+America|South\s+America|Central\s+America|North\s+America|Americas|Middle\s+East|Gulf|Balkans|Caribbean|Pacific|Central\s+Asia|Southeast\s+Asia|South\s+Asia|East\s+Asia|region|continent)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:country|nation|state)\s+(?:[\p{L}-]+\s+){0,2}(?:tour|visit|trip)\b)[^.;]*$/u;
const DOCUMENT_OF =
  /\b(?:Declaration|Agreement|Accords?|Protocol|Treaty|Memorandum|Resolution|Communiqu[eé]|Statement|Charter)\s+of\s+(?:the\s+)?$/;

/**
 * The event a date belongs to is the nearest event word before it in its sentence: "an attack on a checkpoint on
 * Sunday", "said in a statement on Wednesday", "a news conference yesterday" date something other than the talks.
 */
export function datesOtherEvent(work: string, sentence: Span, mention: Span): boolean {
  // "Tuesday's announcement": a possessive day names the event right after it.
  const owned = /^[’']s\s+([\p{L}-]+)|^\s*([\p{L}-]+)/u.exec(work.slice(mention.end, mention.end + 30));
  if (/[’']s$/.test(work.slice(mention.start, mention.end)) || /^[’']s/.test(work.slice(mention.end))) {
    const noun = (owned?.[1] ?? owned?.[2] ?? "").toLowerCase();
    if (OTHER_EVENTS.has(noun)) return true;
    // "the results of today's meeting": the possessive names its own event, a meeting, whatever came before.
    if (MEETING_NOUNS.has(baseOf(noun))) return false;
  }
  // "the Sept. 14 meeting": a date before its noun names that event, whatever verb came before ("talked … about").
  if (/\bthe\s+$/i.test(work.slice(Math.max(sentence.start, mention.start - 5), mention.start))) {
    const noun = (
      /^\s+([\p{L}-]+)/u.exec(work.slice(mention.end, mention.end + 30))?.[1] ?? ""
    ).toLowerCase();
    if (MEETING_NOUNS.has(baseOf(noun))) return false;
    // "the Aug. 25 deal", "the March 5 attack": a date before another noun names that thing.
    if (OTHER_EVENTS.has(noun) || DOCUMENT_NOUNS.has(noun)) return true;
  }
  // ("Peace talks on Yemen fell apart on Saturday after three days spent waiting": the day of a collapse is no day of
  // talks.)
  if (
    /\b(?:fell\s+apart|fell\s+through|broke\s+down|collapsed)\s+(?:(?:early|late)\s+)?(?:on\s+)?$/.test(
      work.slice(Math.max(sentence.start, mention.start - 30), mention.start),
    )
  )
    return true;
  // "the Jeddah Declaration of May 11, 2023": the date names a document.
  if (DOCUMENT_OF.test(work.slice(Math.max(sentence.start, mention.start - 40), mention.start))) return true;
  // "as part of his visit to Africa, scheduled for 8-14 January", "a five-nation Asia tour from Monday": the days of a
  // trip over a region, not of a meeting in one city.
  if (REGION_TRIP.test(work.slice(Math.max(sentence.start, mention.start - 90), mention.start))) return true;
  const words = wordsOf(work.slice(sentence.start, mention.start));
  // "the agreement …, which was reached on June 12": the day a deal was struck, not a meeting's (it may be by phone).
  const tail = words.slice(-4);
  if (
    tail.some((w) => w === "reached" || w === "struck") &&
    words.slice(-12).some((w) => DOCUMENT_NOUNS.has(w))
  )
    return true;
  // "The statement says that on Monday, bilateral talks will be held": a date opening a reported clause dates the
  // event after it.
  const opensClause = /^(?:that|where|when)$/.test(
    words.at(-1) === "on" ? (words.at(-2) ?? "") : (words.at(-1) ?? ""),
  );
  for (let i = opensClause ? -1 : words.length - 1; i >= 0; i--) {
    const w = words[i] ?? "";
    if (
      /^call(?:s|ed|ing)?$/.test(w) &&
      words[i + 1] === "on" &&
      callsOnSomeone(work.slice(sentence.start, mention.start))
    )
      return false;
    // "received visiting U.S. Secretary of State Rex Tillerson Saturday": an audience.
    if (/^receiv(?:e|es|ed|ing)$/.test(w) && receivesSomeone(work.slice(sentence.start, mention.start)))
      return false;
    // "sat down Wednesday for unprecedented talks", "put their names to": a meeting without a meeting word.
    if (isTrigger(words, i) && !MEETING_NOUNS.has(baseOf(w)) && !MEETING_VERBS.has(baseOf(w))) return false;
    if (w === "down" && i === words.length - 1 && /^(?:sit|sits|sat|sitting)$/.test(words[i - 1] ?? ""))
      return false;
    if (MEETING_NOUNS.has(baseOf(w)) || MEETING_VERBS.has(baseOf(w)) || QUALIFIED_MEETING_NOUNS[w])
      return !isTrigger(words, i) || heldOtherEvent(words, i);
    // "will wind up her trip in Islamabad on October 7-8, where she will meet senior officials": the trip's day is
    // the meeting's the sentence then tells.
    if (
      OTHER_EVENTS.has(w) &&
      /^(?:trip|flight|arrival)$/.test(w) &&
      MEETS_THERE.test(work.slice(mention.end, sentence.end))
    )
      return false;
    // "talks … were launched Wednesday", "launched a new round of talks": the start of a meeting.
    if (w === "launched" && launchesMeeting(words, i)) return false;
    if (OTHER_EVENTS.has(w)) return true;
  }
  // "On Friday evening there was also a rally …": a date opening its sentence dates the first event after it.
  if (opensClause || words.every((w) => OPENING_WORDS.has(w))) {
    const ahead = wordsOf(work.slice(mention.end, sentence.end));
    for (let i = 0; i < ahead.length; i++) {
      const w = ahead[i] ?? "";
      if (
        MEETING_NOUNS.has(baseOf(w)) ||
        MEETING_VERBS.has(baseOf(w)) ||
        QUALIFIED_MEETING_NOUNS[w] ||
        isTrigger(ahead, i)
      )
        // ("On Sunday, X and Y agreed in a phone call that …": what was agreed by phone was agreed at no meeting.)
        return byPhone(ahead, i);
      if (OTHER_EVENTS.has(w)) return true;
    }
  }
  return false;
}

/** "agreed in a phone call", "met by video link", "talked over the phone": the word's event was held remotely. */
function byPhone(words: string[], i: number): boolean {
  const next = words.slice(i + 1, i + 5);
  const via = next.findIndex((w) => /^(?:in|by|over|via)$/.test(w));
  return via >= 0 && next.slice(via + 1).some((w) => /^(?:phone|telephone|video|videoconference)$/.test(w));
}

// "elections would be held on Dec. 10": a generic verb of holding whose subject is another event.
const HOLD_VERBS = new Set(["held", "hold", "holds", "holding"]);
function heldOtherEvent(words: string[], i: number): boolean {
  if (!HOLD_VERBS.has(words[i] ?? "")) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k] ?? "";
    if (OTHER_EVENTS.has(w)) return true;
    if (MEETING_NOUNS.has(baseOf(w))) return false;
  }
  return false;
}

/** A launch that is a meeting's: a meeting noun right after it, or before it in a passive ("talks … were launched"). */
function launchesMeeting(words: string[], i: number): boolean {
  if (/^(?:was|were|been|be)$/.test(words[i - 1] ?? ""))
    return words.slice(Math.max(0, i - 10), i).some((w) => MEETING_NOUNS.has(baseOf(w)));
  return words.slice(i + 1, i + 6).some((w) => MEETING_NOUNS.has(baseOf(w)));
}

// ", where she will meet senior officials", ", where they held talks".
const MEETS_THERE =
  /^[^.;]{0,40},\s*where\s+\p{Ll}+\s+(?:will\s+|would\s+)?(?:meet|met|hold|held|sign|signed)\b/u;

const OPENING_WORDS = new Set(["on", "late", "early", "by", "this", "last", "and", "but", "then", "also"]);
