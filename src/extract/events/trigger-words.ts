// The words that make a sentence about a meeting: "talks", "met", "a state visit", "sat down with", "call on X".
import {
  LANDMARKS,
  MEETING_NOUNS,
  MEETING_VERBS,
  MONTHS,
  NOT_MEETING_BEFORE,
  QUALIFIED_MEETING_NOUNS,
  VISITED_OFFICERS,
  WEEKDAYS,
} from "../lexicon/index.js";
import type { Span } from "../types.js";

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
export const baseOf = (w: string): string => w.replace(/-led$|-convened$|-brokered$|-hosted$/, "");

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
const CROWD =
  /^(?:protesters|protestors|demonstrators|crowds?|supporters|residents|thousands|hundreds|people|activists|mourners|worshippers)$/;

export function isTrigger(words: string[], i: number): boolean {
  const base = baseOf(words[i] ?? "");
  // "sat down with Grand Imam …", "is to sit down with his counterpart", "to sit down bilaterally with": a meeting
  // without a meeting word.
  if (/^(?:sit|sits|sat|sitting)$/.test(base) && words[i + 1] === "down") {
    const next = words.slice(i + 2, i + 5);
    const adverbs = next.findIndex(
      (w) =>
        !/ly$|^(?:together|again|face-to-face|later|first|on|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
          w,
        ),
    );
    if (/^(?:with|for)$/.test(next[adverbs] ?? "")) return true;
  }
  // "put their names to the agreement", "put their signatures to six memorandums": a signing.
  if (
    base === "put" &&
    /^(?:their|his|her|its)$/.test(words[i + 1] ?? "") &&
    /^(?:names?|signatures?)$/.test(words[i + 2] ?? "") &&
    words[i + 3] === "to"
  )
    return true;
  const prev = words[i - 1] ?? "";
  // ("several thousand protesters gathered near the parliament": a crowd gathering is a protest, not a meeting.)
  if (/^gather(?:ed|s)?$/.test(base) && words.slice(Math.max(0, i - 4), i).some((w) => CROWD.test(w)))
    return false;
  // "talks resumed", "to resume negotiations": a resumption is a meeting's only when a meeting is what resumes
  // ("allowed grain exports to resume" is none).
  if (/^resum(?:e|es|ed)$/.test(base))
    return [...words.slice(Math.max(0, i - 10), i), ...words.slice(i + 1, i + 5)].some(
      (w) => MEETING_NOUNS.has(baseOf(w)) || RESUMERS.has(w),
    );
  // "is scheduled to visit Ukrainian President Volodymyr Zelensky": a visit to an officer is a meeting with him;
  // "visited the White House on Friday", "visiting the Kremlin": a visit to a seat of government is received there.
  if (
    /^visit(?:s|ed|ing)?$/.test(base) &&
    (words.slice(i + 1, i + 4).some((w) => VISITED_OFFICERS.has(w)) ||
      visitsSeat(words.slice(words[i + 1] === "the" ? i + 2 : i + 1)))
  )
    return true;
  const qualifiers = QUALIFIED_MEETING_NOUNS[base];
  if (qualifiers) return qualifiers.includes(prev);
  if (!MEETING_NOUNS.has(base) && !MEETING_VERBS.has(base)) return false;
  return !NOT_MEETING_BEFORE.has(prev);
}

/** Does the span talk about a meeting ("talks", "session", "met", "signed", "a state visit")? */
export function hasMeetingTrigger(work: string, s: Span): boolean {
  const words = wordsOf(work.slice(s.start, s.end));
  const text = work.slice(s.start, s.end);
  return (
    words.some((_, i) => isTrigger(words, i)) ||
    callsOnSomeone(text) ||
    receivesSomeone(text) ||
    // ("sat down this Saturday afternoon at the Miraflores Palace, in Caracas, with his counterpart": the time and
    // the place may come between the verb and its partner.)
    SAT_DOWN_WITH.test(text) ||
    DISCUSSING_WITH.test(text)
  );
}

// "will be in Riyadh from February 19 to 21, discussing regional issues with the Saudi leadership": talking over
// matters with a counterpart (not "discussed with reporters").
const DISCUSSING_WITH =
  /\bdiscuss(?:es|ed|ing)?\b[^.;:“”"]{0,80}?\bwith\s+(?!reporters|journalists|the\s+press|the\s+media)(?:the\s+|his\s+|her\s+|their\s+)?(?:\p{Lu}|counterparts?\b|leaders?\b|leadership\b)/u;

const SAT_DOWN_WITH = /\b(?:sit|sits|sat|sitting)\s+down\b[^.;:“”"]{0,90}?\bwith\b/i;

// "is expected to receive Russian Foreign Minister Sergei Lavrov", "received the visiting Prime Minister", "received
// the new Ethiopian Prime Minister": an
// audience; "received a letter", "received Ukraine's request" receive things.
const RECEIVES =
  /\b(?:receive|receives|received|receiving)\s+(?:the\s+)?(?:(?:visiting|new|newly[\s-]elected|newly[\s-]appointed|incoming|outgoing)\s+)*(\p{Lu}[\p{L}’'.-]*\s+(?:(?:\p{Lu}[\p{L}’'.-]*|of|the|for)\s+){0,6})/gu;

/** Does the text receive someone with a title or name ("received President X"), rather than something? */
export function receivesSomeone(text: string): boolean {
  for (const m of text.matchAll(RECEIVES)) {
    const object = (m[1] ?? "").trim();
    if (/[’']s$/.test(object) || NOT_A_NAME.test(object)) continue;
    if (
      /^\s*(?:and|in|at|on|,)/.test(text.slice((m.index ?? 0) + m[0].length)) ||
      /\p{Lu}/u.test(object.split(/\s+/)[1] ?? "")
    )
      return true;
  }
  return false;
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

let seats: Set<string> | null = null;
/** Do the words open with a seat of government's name ("white house", "kremlin")? */
function visitsSeat(after: string[]): boolean {
  seats ??= new Set(Object.keys(LANDMARKS).map((name) => name.toLowerCase()));
  return [1, 2, 3, 4, 5].some((n) => n <= after.length && seats?.has(after.slice(0, n).join(" ")));
}
