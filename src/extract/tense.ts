import { FUTURE_CUES, PAST_CUES, REPORTING_VERBS } from "./lexicon/index.js";
import type { Span } from "./types.js";

export type Tense = "past" | "future";

const CLAUSE_WORDS = new Set([
  "after",
  "before",
  "when",
  "while",
  "where",
  "but",
  "and",
  "because",
  "although",
]);
const WORD = /[\p{L}’']+|[,;:.!?()—–]/gu;

/** Tense of the clause around a date: nearest cue before it in its clause, else after it, else past (news reports the past). */
export function clauseTense(work: string, sentence: Span, mention: Span): Tense {
  const before = tokens(work.slice(sentence.start, mention.start)).reverse();
  const found = scan(before);
  if (found) return found;
  return scan(tokens(work.slice(mention.end, sentence.end))) ?? "past";
}

function tokens(s: string): string[] {
  return s.match(WORD)?.map((t) => t.toLowerCase()) ?? [];
}

function scan(words: string[]): Tense | null {
  for (const w of words) {
    if (/^[,;:.!?()—–]$/.test(w)) return null;
    if (FUTURE_CUES.has(w) || w.endsWith("’ll") || w.endsWith("'ll")) return "future";
    if (PAST_CUES.has(w)) return "past";
    // Clause openers end the search ("after a meeting …" was checked above); "X said" opens the reported clause.
    if (CLAUSE_WORDS.has(w) || REPORTING_VERBS.has(w)) return null;
  }
  return null;
}
