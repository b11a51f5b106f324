import {
  ARRIVAL_VERBS,
  MEETING_NOUNS,
  MEETING_VERBS,
  MONTHS,
  NOT_MEETING_BEFORE,
  OTHER_EVENTS,
  QUALIFIED_MEETING_NOUNS,
  REPORTING_DATE_VERBS,
  WEEKDAYS,
} from "../lexicon/index.js";
import { tagSpan } from "../structure/tokens.js";
import type { Span } from "../types.js";

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
const baseOf = (w: string): string => w.replace(/-led$|-convened$|-brokered$|-hosted$/, "");

// Who resume talks: "participants … will resume their efforts on Monday".
const RESUMERS = new Set([
  "negotiators",
  "delegations",
  "participants",
  "delegates",
  "envoys",
  "sides",
  "parties",
]);

/**
 * Is the i-th word a meeting trigger ("talks", "met", "a state visit"), not a "news conference" or "video meeting"?
 * A visit counts when official or someone's ("Lavrov's visit", "his visit": the possessive splits off as "s").
 */
function isTrigger(words: string[], i: number): boolean {
  const base = baseOf(words[i] ?? "");
  // "sat down with Grand Imam …", "is to sit down with his counterpart": a meeting without a meeting word.
  if (
    /^(?:sit|sits|sat|sitting)$/.test(base) &&
    words[i + 1] === "down" &&
    /^(?:with|for)$/.test(words[i + 2] ?? "")
  )
    return true;
  const prev = words[i - 1] ?? "";
  // "talks resumed", "to resume negotiations": a resumption is a meeting's only when a meeting is what resumes
  // ("allowed grain exports to resume" is none).
  if (/^resum(?:e|es|ed)$/.test(base))
    return [...words.slice(Math.max(0, i - 10), i), ...words.slice(i + 1, i + 5)].some(
      (w) => MEETING_NOUNS.has(baseOf(w)) || RESUMERS.has(w),
    );
  const qualifiers = QUALIFIED_MEETING_NOUNS[base];
  if (qualifiers) return qualifiers.includes(prev);
  if (!MEETING_NOUNS.has(base) && !MEETING_VERBS.has(base)) return false;
  return !NOT_MEETING_BEFORE.has(prev);
}

/** Does the span talk about a meeting ("talks", "session", "met", "signed", "a state visit")? */
export function hasMeetingTrigger(work: string, s: Span): boolean {
  const words = wordsOf(work.slice(s.start, s.end));
  return words.some((_, i) => isTrigger(words, i)) || callsOnSomeone(work.slice(s.start, s.end));
}

// "will call on President Sirisena on September 1", "called on Nepal President Bhandari at Sheetal Niwas": a visit of
// courtesy; "called on Russia to take up its role" urges, and "a call on May 27" is a telephone call.
const CALL_ON = /\b(?:call|calls|called|calling)\s+on\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,7})/gu;
const NOT_A_NAME = new RegExp(`^(?:the\\s+)?(?:${[...MONTHS, ...WEEKDAYS].join("|")})\\b`);

/** Does the text pay someone a call ("call on President X"), rather than urge them ("call on X to …")? */
export function callsOnSomeone(text: string): boolean {
  for (const m of text.matchAll(CALL_ON)) {
    const object = m[1] ?? "";
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12);
    if (NOT_A_NAME.test(object) || /^(?:to|not\s+to)\s/.test(after)) continue;
    return true;
  }
  return false;
}

const DOCUMENT_NOUNS = new Set([
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
  // "the Jeddah Declaration of May 11, 2023": the date names a document.
  if (DOCUMENT_OF.test(work.slice(Math.max(sentence.start, mention.start - 40), mention.start))) return true;
  const words = wordsOf(work.slice(sentence.start, mention.start));
  // "the agreement …, which was reached on June 12": the day a deal was struck, not a meeting's (it may be by phone).
  const tail = words.slice(-4);
  if (
    tail.some((w) => w === "reached" || w === "struck") &&
    words.slice(-12).some((w) => DOCUMENT_NOUNS.has(w))
  )
    return true;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? "";
    if (
      /^call(?:s|ed|ing)?$/.test(w) &&
      words[i + 1] === "on" &&
      callsOnSomeone(work.slice(sentence.start, mention.start))
    )
      return false;
    if (MEETING_NOUNS.has(baseOf(w)) || MEETING_VERBS.has(baseOf(w)) || QUALIFIED_MEETING_NOUNS[w])
      return !isTrigger(words, i) || heldOtherEvent(words, i);
    // "talks … were launched Wednesday", "launched a new round of talks": the start of a meeting.
    if (w === "launched" && launchesMeeting(words, i)) return false;
    if (OTHER_EVENTS.has(w)) return true;
  }
  // "On Friday evening there was also a rally …": a date opening its sentence dates the first event after it.
  if (words.every((w) => OPENING_WORDS.has(w))) {
    const ahead = wordsOf(work.slice(mention.end, sentence.end));
    for (let i = 0; i < ahead.length; i++) {
      const w = ahead[i] ?? "";
      if (MEETING_NOUNS.has(baseOf(w)) || MEETING_VERBS.has(baseOf(w)) || QUALIFIED_MEETING_NOUNS[w])
        return false;
      if (OTHER_EVENTS.has(w)) return true;
    }
  }
  return false;
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

const OPENING_WORDS = new Set(["on", "late", "early", "by", "this", "last", "and", "but", "then", "also"]);

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
  // One audience word between: "told reporters Tuesday", "told Reuters on Monday", "Speaking to AFP on Sunday".
  if (AUDIENCE.test(before[i] ?? "")) {
    const k = (before[i - 1] ?? "").toLowerCase() === "to" ? i - 2 : i - 1;
    if (REPORTING_DATE_VERBS.has((before[k] ?? "").toLowerCase())) return true;
  }
  // "Kuleba on Thursday said", "On Tuesday, he added": the date's own verb is a reporting verb.
  const after = /^[\s,]*(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|\p{Lu}[\p{L}’'-]*)\s+)?([\p{L}-]+)/u.exec(
    work.slice(mention.end, Math.min(sentence.end, mention.end + 40)),
  )?.[1];
  // ("the meeting scheduled for February 27, speaking on Wednesday …": a participle after a comma opens another clause.)
  const participle = after !== undefined && /ing$/.test(after) && /^\s*,/.test(work.slice(mention.end));
  if (after !== undefined && !participle && REPORTING_DATE_VERBS.has(after.toLowerCase())) return true;
  // "It was on Friday that the State Department announced …": a cleft puts the report's day first.
  if (
    /\bit\s+(?:was|is)\s+(?:on\s+)?$/i.test(
      work.slice(Math.max(sentence.start, mention.start - 12), mention.start),
    )
  ) {
    const cleft =
      /^\s+that\s+((?:[\p{L}’'.-]+\s+){1,7})/u.exec(work.slice(mention.end, mention.end + 90))?.[1] ?? "";
    if (wordsOf(cleft).some((w) => REPORTING_DATE_VERBS.has(w))) return true;
  }
  const main = openingMainVerb(work, sentence, mention);
  return main !== null && REPORTING_DATE_VERBS.has(main);
}

// What may come before a date that opens its sentence: "On Friday, however, …", "Last week, on Thursday (18 May), …".
const OPENING_BEFORE =
  /^(?:(?:late|early|on|last|this|week|month|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|,|\()\s*)*$/i;

/**
 * The main verb of a sentence a date opens ("On Friday, however, Azerbaijan's foreign ministry announced that …"):
 * that verb, not the meeting words of the clause it introduces, is what the date belongs to. Null otherwise.
 */
export function openingMainVerb(work: string, sentence: Span, mention: Span): string | null {
  if (!OPENING_BEFORE.test(work.slice(sentence.start, mention.start).trim())) return null;
  const rest = work.slice(mention.end, sentence.end);
  // The opening phrase ends at its comma, if any (after a parenthesis or "however").
  const comma =
    /^\)?(?:\s*\([^)]*\))?(?:\s*(?:morning|afternoon|evening|night))?\s*,?(?:\s*(?:however|meanwhile|too|also|then),)?/.exec(
      rest,
    );
  if (!comma) return null;
  const from = mention.end + comma[0].length;
  // The sentence is tagged once and cached; a slice of it would be tagged again.
  for (const t of tagSpan(work, sentence)
    .filter((t) => t.start >= from)
    .slice(0, 14)) {
    // A capitalised word is a name the tagger may take for a verb ("Araghchi"), not the main verb.
    if (/^\p{Lu}/u.test(t.value)) continue;
    if (t.pos === "VERB" || (t.pos === "AUX" && /^(?:will|would|is|are|was|were)$/i.test(t.value)))
      return t.value.toLowerCase();
    if (t.pos === "PUNCT" && t.value !== "’" && t.value !== "'" && t.value !== "-") return null;
  }
  return null;
}

// "… on May 4 for talks", "travelled to Moscow, where they held talks with …": the travel is for a meeting.
const FOR_TALKS =
  /^[^.;:]{0,40}?\bfor\b[^.;:,]{0,50}?\b(?:talks|meetings?|negotiations|summit|consultations)\b|^[^.;:]{0,60}?,\s*where\s+\p{Ll}+\s+(?:held|met|hold|meet|signed|had)\b/u;

// "Having arrived Friday in Oman, Araghchi met with …": the arrival opens a sentence whose main clause is a meeting.
const ARRIVAL_OPENER =
  /^(?:Having\s+arrived|After\s+arriving|Upon\s+arriving|On\s+arriving|Arriving)\b[^,]*,/i;

// "was welcomed by President Tokayev at the Airport of Astana": a welcome at the airport is the arrival.
const AIRPORT_WELCOME =
  /\b(?:welcomed|greeted|received|welcomes|greets|receives|greet|welcome|receive)\b[^.;]{0,120}?\b(?:at|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:[Aa]irport|[Aa]irbase|[Aa]ir\s+[Bb]ase)\b/u;

/** "arrived in Cairo on May 4" dates an arrival; "… on May 4 for talks" dates the talks. */
export function datesArrival(work: string, sentence: Span, mention: Span): boolean {
  const text = work.slice(sentence.start, sentence.end);
  if (AIRPORT_WELCOME.test(text) && !wordsOf(text).some((w) => MEETING_NOUNS.has(baseOf(w)))) return true;
  // "who reached Port Villa yesterday evening": reaching a place is arriving there.
  if (
    /\b(?:reached|reach|reaches|reaching)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:\p{Ll}+\s+){0,2}$/u.test(
      work.slice(Math.max(sentence.start, mention.start - 60), mention.start),
    )
  )
    return !FOR_TALKS.test(work.slice(mention.end, sentence.end));
  const opener = ARRIVAL_OPENER.exec(work.slice(sentence.start, sentence.end));
  if (opener && mention.end <= sentence.start + opener[0].length)
    return !hasMeetingTrigger(work, { start: sentence.start + opener[0].length, end: sentence.end });
  // "Late Wednesday Russian Foreign Minister Sergey Lavrov arrived in …": the opening date's verb is the arrival.
  const main = openingMainVerb(work, sentence, mention);
  if (main && ARRIVAL_VERBS.has(main)) return !FOR_TALKS.test(work.slice(mention.end, sentence.end));
  const words = wordsOf(work.slice(sentence.start, mention.start));
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    const w = words[i] ?? "";
    if (MEETING_NOUNS.has(w) || MEETING_VERBS.has(w)) return false;
    if (ARRIVAL_VERBS.has(w)) return !FOR_TALKS.test(work.slice(mention.end, sentence.end));
  }
  return false;
}

const POSTPONED = /\b(?:postponed|put off|pushed back|delayed|rescheduled|deferred)\b/gi;
const CANCELLED = /\b(?:cancell?ed|called off|scrapped|abandoned)\b/gi;
const NEGATED = /\b(?:not|n[’']t|never|no)\s+(?:been\s+|be\s+)?$/i;
// "put off until Friday", "postponed to next week": the date after it is the new one.
const NEW_DATE = /^[^.;]{0,25}\b(?:until|till|to|for)\s+(?:the\s+)?$/i;

// "were due to be held on Sunday", "was supposed to take place on September 4", "Instead of February 21-22": a plan
// the date no longer holds, when the report says elsewhere that the meeting was put off.
const PLAN_BEFORE =
  /\b(?:(?:was|were)\s+(?:supposed|due|planned|scheduled|set|expected)\s+to\b|instead\s+of|originally|initially)[^.;]{0,60}$/i;
const PUT_OFF = /\bpostpon|\bdelay|\bput\s+off|\bpushed\s+back|\breschedul|\bnew\s+date\b/i;

/**
 * The date belongs to something other than a meeting: another event, the report itself, or an arrival (a stay
 * "from" an arrival "until" a later day is a visit, not an arrival).
 */
export function datesNoMeeting(
  work: string,
  sentence: Span,
  mention: Span & { endDate?: string | null },
): boolean {
  // "is scheduled around Jan. 21": an approximate day is no meeting's day.
  // ("around noon on Friday" is about the hour, not the day.)
  if (
    /\b(?:around|about|approximately|roughly|circa)\s+$/i.test(
      work.slice(Math.max(0, mention.start - 16), mention.start),
    ) &&
    !/^(?:noon|midday|midnight|morning|afternoon|evening|night|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|h))/i.test(
      work.slice(mention.start, mention.end),
    )
  )
    return true;
  return (
    datesOtherEvent(work, sentence, mention) ||
    datesReport(work, sentence, mention) ||
    (!mention.endDate && datesArrival(work, sentence, mention))
  );
}

/** "postponed" or "cancelled" when the sentence says so of the meeting on this date, else null. */
export function statusStated(work: string, sentence: Span, mention: Span): "postponed" | "cancelled" | null {
  const stated = statusInSentence(work, sentence, mention);
  if (stated) return stated;
  const before = work.slice(sentence.start, mention.start);
  // ("… was expected this evening, has been postponed until tomorrow": the date after the put-off is the new one.)
  const plan = PLAN_BEFORE.test(before) && !PUT_OFF.test(before.slice(-50));
  return plan && PUT_OFF.test(work) ? "postponed" : null;
}

function statusInSentence(work: string, sentence: Span, mention: Span): "postponed" | "cancelled" | null {
  const text = work.slice(sentence.start, sentence.end);
  for (const [re, status] of [
    [CANCELLED, "cancelled"],
    [POSTPONED, "postponed"],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = sentence.start + m.index;
      if (NEGATED.test(text.slice(0, m.index))) continue;
      const end = at + m[0].length;
      if (end <= mention.start && NEW_DATE.test(work.slice(end, mention.start))) continue;
      return status;
    }
  }
  return null;
}
