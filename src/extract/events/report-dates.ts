// Dates of the report itself: "the ministry said on Thursday", "told reporters Tuesday", "It was on Friday that …".
import { REPORTING_DATE_VERBS } from "../lexicon/index.js";
import { tagSpan } from "../structure/tokens.js";
import type { Span } from "../types.js";
import { wordsOf } from "./trigger-words.js";

// Words between a reporting verb and its date: "told reporters on Tuesday", "said early on Thursday".
const FILLER = new Set(["on", "early", "late", "earlier", "later", "this", "in", "a", "the"]);
const AUDIENCE =
  /^(?:reporters|journalists|the|press|media|lawmakers|parliament|state|tv|television|radio|news|agency|\p{Lu}\S*)$/u;

const AFTER_TALKS =
  /^[\s,]*(?:shortly\s+|just\s+|soon\s+)?after\s+(?:(?:the\s+two|they|he|she|both\s+sides|the\s+\p{Ll}+|\p{Lu}[\p{L}’'-]*)\s+(?:(?:held|had)\s+(?:\p{Ll}+\s+){0,2}(?:talks|a\s+meeting|meetings)|(?:had\s+)?met)|(?:meeting|talks\s+with|a\s+meeting\s+with|holding\s+talks))\b/u;

/**
 * A date that belongs to the report, not to a meeting: "the ministry said on Thursday", "told reporters Tuesday",
 * "revealed on Monday", "Kuleba on Thursday said".
 */
export function datesReport(work: string, sentence: Span, mention: Span): boolean {
  // "said Monday’s talks were useful": a possessive day names the talks, whatever verb comes before it.
  if (/[’']s$/.test(work.slice(mention.start, mention.end))) return false;
  // ("QNA reported that, at the meeting held in Doha on Wednesday, Sheikh Sabah told …": a date inside a phrase that
  // names a meeting, set off by commas, is that meeting's, whatever verb follows the phrase.)
  const phrase = /,\s*([^,;:]*)$/.exec(work.slice(sentence.start, mention.start))?.[1] ?? "";
  if (
    /^(?:at|during|in|after|before)\b/i.test(phrase) &&
    /\b(?:meeting|talks|summit|session|held|met)\b/i.test(phrase) &&
    !wordsOf(phrase).some((w) => REPORTING_DATE_VERBS.has(w)) &&
    /^\s*,/.test(work.slice(mention.end, mention.end + 3))
  )
    return false;
  // ("a spokesperson said on Friday after the two held talks in Brussels", "told reporters on Monday after meeting X":
  // the day is the talks' too, just over when the words were said.)
  if (AFTER_TALKS.test(work.slice(mention.end, Math.min(sentence.end, mention.end + 60)))) return false;
  // "According to a report on Monday by Anadolu": the day a report came out, right after the word.
  if (
    /\breports?\s+(?:(?:published|issued|released|aired|late|early)\s+)?(?:on\s+)?$/i.test(
      work.slice(Math.max(sentence.start, mention.start - 40), mention.start),
    )
  )
    return true;
  const before = work.slice(sentence.start, mention.start).match(/[\p{L}’'-]+/gu) ?? [];
  let i = before.length - 1;
  while (i >= 0 && FILLER.has((before[i] ?? "").toLowerCase())) i--;
  const verb = (before[i] ?? "").toLowerCase();
  if (REPORTING_DATE_VERBS.has(verb)) return true;
  // One audience word between: "told reporters Tuesday", "told Reuters on Monday", "Speaking to AFP on Sunday".
  if (AUDIENCE.test(before[i] ?? "")) {
    const k = (before[i - 1] ?? "").toLowerCase() === "to" ? i - 2 : i - 1;
    if (REPORTING_DATE_VERBS.has((before[k] ?? "").toLowerCase())) return true;
    // "was reported by Reuters earlier on Saturday": a passive report's agent.
    if (
      (before[k] ?? "").toLowerCase() === "by" &&
      REPORTING_DATE_VERBS.has((before[k - 1] ?? "").toLowerCase())
    )
      return true;
  }
  // "Kuleba on Thursday said", "On Tuesday, he added": the date's own verb is a reporting verb.
  const after =
    /^[\s,]*(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)\s+)?([\p{L}-]+)/u.exec(
      work.slice(mention.end, Math.min(sentence.end, mention.end + 40)),
    )?.[1];
  // ("the meeting scheduled for February 27, speaking on Wednesday …": a participle after a comma opens another clause.)
  const participle = after !== undefined && /ing$/.test(after) && /^\s*,/.test(work.slice(mention.end));
  // ("will meet in Tokyo on March 20, Inada said Friday": after a comma, a speech verb that follows a date inside the
  // sentence attributes the whole sentence; only an opening date, "On Tuesday, he added", is the verb's.)
  // (It closes the sentence, or has its own day: "…, Inada said Friday when she spoke".)
  const tail = work.slice(mention.end, sentence.end);
  const trailing =
    /^\s*,/.test(tail) &&
    !OPENING_BEFORE.test(work.slice(sentence.start, mention.start).trim()) &&
    /^[\s,]*(?:\S+\s+){0,3}?(?:said|says|told|added|announced|stated)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b|\s*[.]?\s*$|\s*,\s*\p{Ll}+ing\b)/u.test(
      tail,
    );
  // ("On November 23, Zakharova added, Lavrov will meet …": a speech verb between commas after an opening date is an
  // aside; the main clause after it has the date.)
  const aside =
    after !== undefined &&
    OPENING_BEFORE.test(work.slice(sentence.start, mention.start).trim()) &&
    new RegExp(`^[\\s,]*(?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}${after}\\s*,`, "u").test(tail);
  if (
    after !== undefined &&
    !participle &&
    !trailing &&
    !aside &&
    REPORTING_DATE_VERBS.has(after.toLowerCase())
  )
    return true;
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
    /^\)?(?:\s*\([^)]*\))?(?:\s*(?:morning|afternoon|evening|night))?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}(?=,))?\s*,?(?:\s*(?:however|meanwhile|too|also|then),)?/u.exec(
      rest,
    );
  if (!comma) return null;
  const from = mention.end + comma[0].length;
  // The sentence is tagged once and cached; a slice of it would be tagged again.
  let aside = false;
  for (const t of tagSpan(work, sentence)
    .filter((t) => t.start >= from)
    .slice(0, 18)) {
    // A capitalised word is a name the tagger may take for a verb ("Araghchi"), not the main verb.
    if (/^\p{Lu}/u.test(t.value)) continue;
    // "On November 23, Zakharova added, Lavrov will meet …": a speech verb between commas is an aside.
    if (
      !aside &&
      REPORTING_DATE_VERBS.has(t.value.toLowerCase()) &&
      /^\s*,/.test(work.slice(t.end, t.end + 3))
    ) {
      aside = true;
      continue;
    }
    if (t.pos === "VERB" || (t.pos === "AUX" && /^(?:will|would|is|are|was|were)$/i.test(t.value)))
      return t.value.toLowerCase();
    if (aside && t.value === ",") {
      aside = false;
      continue;
    }
    // ("GNA Minister of Interior (MoI) Fathi Bashaagha arrived": a bracketed short form is part of the subject.)
    if (t.value === "(" || t.value === ")") continue;
    if (t.pos === "PUNCT" && t.value !== "’" && t.value !== "'" && t.value !== "-") return null;
  }
  return null;
}
