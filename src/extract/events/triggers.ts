import {
  ARRIVAL_VERBS,
  MEETING_NOUNS,
  MEETING_VERBS,
  NOT_MEETING_BEFORE,
  OTHER_EVENTS,
  QUALIFIED_MEETING_NOUNS,
  REPORTING_DATE_VERBS,
} from "../lexicon/index.js";
import type { Span } from "../types.js";

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
const baseOf = (w: string): string => w.replace(/-led$|-convened$|-brokered$|-hosted$/, "");

/** Is the i-th word a meeting trigger ("talks", "met", "a state visit"), not a "news conference" or "video meeting"? */
function isTrigger(words: string[], i: number): boolean {
  const base = baseOf(words[i] ?? "");
  const prev = words[i - 1] ?? "";
  const qualifiers = QUALIFIED_MEETING_NOUNS[base];
  if (qualifiers) return qualifiers.includes(prev);
  if (!MEETING_NOUNS.has(base) && !MEETING_VERBS.has(base)) return false;
  return !NOT_MEETING_BEFORE.has(prev);
}

/** Does the span talk about a meeting ("talks", "session", "met", "signed", "a state visit")? */
export function hasMeetingTrigger(work: string, s: Span): boolean {
  const words = wordsOf(work.slice(s.start, s.end));
  return words.some((_, i) => isTrigger(words, i));
}

/**
 * The event a date belongs to is the nearest event word before it in its sentence: "an attack on a checkpoint on
 * Sunday", "said in a statement on Wednesday", "a news conference yesterday" date something other than the talks.
 */
export function datesOtherEvent(work: string, sentence: Span, mention: Span): boolean {
  const words = wordsOf(work.slice(sentence.start, mention.start));
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? "";
    if (MEETING_NOUNS.has(baseOf(w)) || MEETING_VERBS.has(baseOf(w)) || QUALIFIED_MEETING_NOUNS[w])
      return !isTrigger(words, i);
    if (OTHER_EVENTS.has(w)) return true;
  }
  return false;
}

// Words between a reporting verb and its date: "told reporters on Tuesday", "said early on Thursday".
const FILLER = new Set(["on", "early", "late", "earlier", "later", "this", "in", "a", "the"]);
const AUDIENCE =
  /^(?:reporters|journalists|the|press|media|lawmakers|parliament|state|tv|television|radio|news|agency|\p{Lu}\S*)$/u;

/**
 * A date that belongs to the report, not to a meeting: "the ministry said on Thursday", "told reporters Tuesday",
 * "revealed on Monday", "Kuleba on Thursday said".
 */
export function datesReport(work: string, sentence: Span, mention: Span): boolean {
  // "said Monday’s talks were useful": a possessive day names the talks, whatever verb comes before it.
  if (/[’']s$/.test(work.slice(mention.start, mention.end))) return false;
  const before = work.slice(sentence.start, mention.start).match(/[\p{L}’'-]+/gu) ?? [];
  let i = before.length - 1;
  while (i >= 0 && FILLER.has((before[i] ?? "").toLowerCase())) i--;
  const verb = (before[i] ?? "").toLowerCase();
  if (REPORTING_DATE_VERBS.has(verb)) return true;
  // One audience word between: "told reporters Tuesday", "told Reuters on Monday".
  if (AUDIENCE.test(before[i] ?? "") && REPORTING_DATE_VERBS.has((before[i - 1] ?? "").toLowerCase()))
    return true;
  // "Kuleba on Thursday said", "On Tuesday, he added": the date's own verb is a reporting verb.
  const after = /^[\s,]*(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|\p{Lu}[\p{L}’'-]*)\s+)?([\p{L}-]+)/u.exec(
    work.slice(mention.end, Math.min(sentence.end, mention.end + 40)),
  )?.[1];
  return after !== undefined && REPORTING_DATE_VERBS.has(after.toLowerCase());
}

const FOR_TALKS =
  /^[^.;:]{0,40}?\bfor\b[^.;:,]{0,50}?\b(?:talks|meetings?|negotiations|summit|consultations)\b/;

/** "arrived in Cairo on May 4" dates an arrival; "… on May 4 for talks" dates the talks. */
export function datesArrival(work: string, sentence: Span, mention: Span): boolean {
  const words = wordsOf(work.slice(sentence.start, mention.start));
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    const w = words[i] ?? "";
    if (MEETING_NOUNS.has(w) || MEETING_VERBS.has(w)) return false;
    if (ARRIVAL_VERBS.has(w)) return !FOR_TALKS.test(work.slice(mention.end, sentence.end));
  }
  return false;
}
