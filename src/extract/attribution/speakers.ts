import type { PersonRecord } from "../coreference/people.js";
import {
  ANONYMITY_MARKERS,
  REPORTING_VERBS,
  ROLE_TITLES,
  UNNAMED_DETERMINERS,
  UNNAMED_NOUNS,
} from "../lexicon/index.js";
import type { RawQuote } from "../quotations/quotes.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import type { Span } from "../types.js";

/** Who said it: a person, an unnamed source (null), or nobody found (null). */
export type Speaker = PersonRecord | null;
/** How the speaker was found: named beside the quote, a pronoun, or carried over from earlier text. */
export type AttributionKind = "named" | "pronoun" | "unnamed" | "carried";
export interface Attribution {
  speaker: Speaker;
  kind: AttributionKind;
}

const VERBS = [...REPORTING_VERBS].join("|");
const PRONOUN_VERB = new RegExp(`\\b(?:he|she)\\s+(?:${VERBS}|called|described)\\b`, "i");
const UNNAMED = new RegExp(
  `\\b(?:(?:${[...UNNAMED_DETERMINERS].join("|")})\\b[^.,;“”"]{0,40}?\\b(?:${[...UNNAMED_NOUNS].join("|")})|(?:${[...UNNAMED_NOUNS].filter((n) => n.endsWith("s")).join("|")})\\s+(?:${VERBS}))\\b`,
  "i",
);

/** The attribution clause after a closing mark: up to the end of its sentence or the next quotation. */
function attributionAfter(work: string, q: RawQuote): Span | null {
  // A quotation closed by a full stop ends its sentence: the next sentence's "X said" is about something else.
  if (/\.\s*$/.test(q.text) && !/\.\.\.\s*$|…\s*$/.test(q.text)) return null;
  const from = q.outer.end;
  const rest = work.slice(from, from + 160);
  const stop = rest.search(/[.!?;“"]|\n/);
  const segment = stop < 0 ? rest : rest.slice(0, stop);
  const words = segment
    .trim()
    .split(/\s+/)
    // Room for a long appositive: "“…,” the European Union’s lead negotiator, Anne-Marie van der Berg, said".
    .slice(0, 12)
    .map((w) => w.replace(/[,]/g, "").toLowerCase());
  // `” and said …` continues the sentence's own subject; it is not an attribution of the quote.
  if (/^(?:and|but|or|as|while|which|that|who|because|to|in|on|for|with)$/.test(words[0] ?? "")) return null;
  if (!words.some((w) => REPORTING_VERBS.has(w))) return null;
  return { start: from, end: from + segment.length };
}

const mentionIn = (people: PersonRecord[], span: Span): PersonRecord | null => {
  let best: { person: PersonRecord; start: number } | null = null;
  for (const p of people)
    for (const m of p.mentions)
      if (m.start >= span.start && m.end <= span.end && (!best || m.start < best.start))
        best = { person: p, start: m.start };
  return best?.person ?? null;
};

const SUBJECT_OF_VERB = /^(?:,[^,.;“”]{1,80},)?\s+(?:[a-z]+ed|[a-z]+s|told|said|called|says)\b/;

/** The person named nearest before the quote who is the subject of a verb ("…, while Medinsky described it as “…”"). */
function subjectBefore(work: string, people: PersonRecord[], span: Span): PersonRecord | null {
  let best: { person: PersonRecord; start: number } | null = null;
  for (const p of people)
    for (const m of p.mentions) {
      if (m.start < span.start || m.end > span.end || (best && m.start < best.start)) continue;
      if (SUBJECT_OF_VERB.test(work.slice(m.end, Math.min(span.end, m.end + 100))))
        best = { person: p, start: m.start };
    }
  return best?.person ?? null;
}

/** The person named last before `offset` (pronoun and continuation antecedent). */
export function lastPersonBefore(people: PersonRecord[], offset: number): PersonRecord | null {
  let best: { person: PersonRecord; start: number } | null = null;
  for (const p of people)
    for (const m of p.mentions)
      if (m.end <= offset && (!best || m.start > best.start)) best = { person: p, start: m.start };
  return best?.person ?? null;
}

const ROLE_WORDS = new Set(ROLE_TITLES.flatMap((t) => t.toLowerCase().split(/[\s-]+/)));
const SUBJECT_THEN_VERB = new RegExp(`([\\p{L}’'-]+)\\s+(?:${VERBS})\\b(?![^“”"]*\\b(?:${VERBS})\\b)`, "u");

/**
 * The subject of the reporting verb before a quotation when it is not a person: "The Kremlin said the talks had been
 * “useful”", "the ministry said …" → "institution"; "the envoy said" (a role noun) → "role"; else null.
 */
function leadSubject(lead: string): "institution" | "role" | null {
  const word = SUBJECT_THEN_VERB.exec(lead)?.[1];
  if (!word || /^(?:he|she|they|who|and|but|also|,)$/i.test(word)) return null;
  if (ROLE_WORDS.has(word.toLowerCase())) return "role";
  return "institution";
}

const ROLE_THEN_VERB = new RegExp(`^[\\s,]*the\\s+((?:[\\p{L}-]+\\s+){1,4}?)(?:${VERBS})\\b`, "iu");

/** The attribution after a quote is "the <role words> <verb>" ("the envoy told reporters"). */
function roleSubjectAfter(segment: string): boolean {
  const words = ROLE_THEN_VERB.exec(segment)?.[1]
    ?.trim()
    .toLowerCase()
    .split(/[\s-]+/);
  return !!words?.length && words.every((w) => ROLE_WORDS.has(w));
}

const isUnnamed = (s: string): boolean =>
  UNNAMED.test(s) || ANONYMITY_MARKERS.some((a) => s.toLowerCase().includes(a));

/** Speaker of each quote: attribution after it, else before it in its sentence, else the running speaker. */
export function attributeQuotes(
  doc: ArticleDocument,
  quotes: RawQuote[],
  people: PersonRecord[],
): Attribution[] {
  const out: Attribution[] = [];
  quotes.forEach((q, i) => {
    out.push(speakerOf(doc, quotes, i, q, people, out));
  });
  return out;
}

function speakerOf(
  doc: ArticleDocument,
  quotes: RawQuote[],
  i: number,
  q: RawQuote,
  people: PersonRecord[],
  done: Attribution[],
): Attribution {
  const { work } = doc;
  const after = attributionAfter(work, q);
  if (after) {
    const seg = work.slice(after.start, after.end);
    const named = mentionIn(people, after);
    if (named) return { speaker: named, kind: "named" };
    if (isUnnamed(seg)) return { speaker: null, kind: "unnamed" };
    if (/\b(?:he|she)\b/i.test(seg)) return { speaker: lastPersonBefore(people, q.start), kind: "pronoun" };
    // "“…,” the deputy foreign minister told …": a role named before stands for the person last named.
    if (roleSubjectAfter(seg)) return { speaker: lastPersonBefore(people, q.start), kind: "pronoun" };
    return { speaker: null, kind: "unnamed" };
  }
  const sentence = sentenceAt(doc.sentences, q.outer.start);
  if (sentence && q.outer.start > sentence.start) {
    const lead = { start: sentence.start, end: q.outer.start };
    const text = work.slice(lead.start, lead.end);
    const named = subjectBefore(work, people, lead) ?? mentionIn(people, lead);
    if (named) return { speaker: named, kind: "named" };
    if (isUnnamed(text)) return { speaker: null, kind: "unnamed" };
    if (PRONOUN_VERB.test(text)) return { speaker: lastPersonBefore(people, lead.start), kind: "pronoun" };
    const subject = leadSubject(text);
    if (subject === "role") return { speaker: lastPersonBefore(people, lead.start), kind: "pronoun" };
    if (subject === "institution") return { speaker: null, kind: "unnamed" };
  }
  // Continuation: `“A,” she said. “B”` — B is still hers.
  const prev = quotes[i - 1];
  const prevSentence = prev ? sentenceAt(doc.sentences, prev.outer.start) : undefined;
  if (prevSentence && sentence && prevSentence.block === sentence.block)
    return { speaker: done[i - 1]?.speaker ?? null, kind: "carried" };
  // No attribution in its own sentence: the most recent named speaker of the preceding text.
  return { speaker: lastPersonBefore(people, q.start), kind: "carried" };
}
