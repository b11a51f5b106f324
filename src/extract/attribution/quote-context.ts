// What sits right around a quotation and says whose it is: the clause after it, "according to X" at the sentence's end,
// "in X's words", or a name or scare quote that is nobody's words.
import type { PersonRecord } from "../coreference/people.js";
import type { RawQuote } from "../quotations/quotes.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import type { Span } from "../types.js";

/** The clause after a closing mark, up to the end of its sentence or the next quotation. */
export function clauseAfter(work: string, q: RawQuote): Span | null {
  // A quotation closed by a full stop ends its sentence: the next sentence's "X said" is about something else.
  if (/[.!?]\s*$/.test(q.text) && !/\.\.\.\s*$|…\s*$/.test(q.text)) return null;
  const from = q.outer.end;
  const rest = work.slice(from, from + 200);
  // ("the top U. N. envoy for Libya, X, said": an initial's full stop ends no clause.)
  const stop = rest.search(/(?<!\b\p{Lu})[.!?;“"]|\n/u);
  const segment = stop < 0 ? rest : rest.slice(0, stop);
  // `” and said …` continues the sentence's own subject; it is no attribution of the quote.
  // A participle ("…,” noting that …") continues the sentence's subject too; "according to" names the source.
  if (
    /^[\s,]*(?:and|but|or|as|while|which|that|who|because|to|in|on|for|with|if|when|(?!according\b)\p{Ll}+ing)\b/iu.test(
      segment,
    )
  )
    return null;
  return { start: from, end: from + segment.length };
}

// "In Hollande's words, the EU must “protect itself”", "…,” in Pashinyan's words.": the owner of the words speaks.
const POSSESSIVE_SOURCE = /\b[Ii]n\s+(\p{Lu}[\p{L}\p{M}-]*)[’']s\s+(?:view|words|opinion|assessment)\b/u;

export function possessiveSource(people: PersonRecord[], text: string, offset: number): PersonRecord | null {
  const m = POSSESSIVE_SOURCE.exec(text);
  if (!m?.[1]) return null;
  const at = offset + (m.index ?? 0) + m[0].indexOf(m[1]);
  return people.find((p) => p.mentions.some((s) => s.start === at)) ?? null;
}

/** "… is a “powerful sign of hope” for Syrians, according to Pedersen.": the source named at the sentence's end, or its "X said". */
export function accordingToAtEnd(doc: ArticleDocument, q: RawQuote): Span | null {
  const sentence = sentenceAt(doc.sentences, q.outer.end);
  if (!sentence) return null;
  const rest = doc.work.slice(q.outer.end, sentence.end);
  if (/[“”"]/.test(rest)) return null;
  // (Also "… means “we’re moving ahead” on the deal, UN deputy spokesman Farhan Haq said.")
  const m =
    /,\s*(according\s+to\s+[^,.;]+)[.!?]?\s*$/i.exec(rest) ??
    /,\s*((?:[^,.;“”"]{2,80}?)\s+(?:said|says|added|told\s+\p{L}+))[.!?]?\s*$/iu.exec(rest);
  if (!m?.[1]) return null;
  const start = q.outer.end + rest.indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * A name or scare quote, not speech: a few capitalised words ("Strategic Security Dialogue", "Normandy format"), or a
 * short phrase after "the", "so-called", "dubbed", "known as".
 */
export function isNameQuote(work: string, q: RawQuote): boolean {
  const words = q.text.trim().split(/\s+/);
  if (words.length > 5) return false;
  const before = work.slice(Math.max(0, q.outer.start - 20), q.outer.start);
  if (/\b(?:so-called|dubbed|known\s+as|named|titled|alias|aka|nicknamed)\s*$/i.test(before)) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= 2 && capitalised >= words.length - 1 && !/[.!?,]$/.test(q.text.trim());
}
