import type { PersonRecord } from "../coreference/people.js";
import {
  ANONYMITY_MARKERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  UNNAMED_DETERMINERS,
  UNNAMED_NOUNS,
} from "../lexicon/index.js";
import { countryOf, lookupCity } from "../mentions/places.js";
import type { RawQuote } from "../quotations/quotes.js";
import type { ArticleDocument } from "../structure/document.js";
import { type Sentence, sentenceAt } from "../structure/sentences.js";
import type { Span } from "../types.js";
import { accordingToAtEnd, clauseAfter, isNameQuote, possessiveSource } from "./quote-context.js";
import { type Gender, isSubjectMention, pronounGender, salientPerson, subjectOf } from "./subjects.js";

/** Who said it: a person, an unnamed source (null), or nobody found (null). */
export type Speaker = PersonRecord | null;
/**
 * The sieve that attributed a quote, in the order they are tried (after CoreNLP's quote attribution sieves): the
 * clause after the quote names its speaker; the clause before it does; an unnamed source or institution speaks; the
 * quote is a name or scare quote; it continues the previous quote of its paragraph; it opens a paragraph after one
 * that introduced it; the last speaker carries on.
 */
export type AttributionKind =
  | "after-named"
  | "after-pronoun"
  | "before-named"
  | "before-pronoun"
  | "according-to"
  | "unnamed"
  | "name-quote"
  | "continuation"
  | "embedded"
  | "carried";
export interface Attribution {
  speaker: Speaker;
  kind: AttributionKind;
}

const VERBS = [...SPEECH_VERBS].join("|");
const UNNAMED = new RegExp(
  `\\b(?:(?:${[...UNNAMED_DETERMINERS].join("|")})\\b[^.,;“”"]{0,40}?\\b(?:${[...UNNAMED_NOUNS].join("|")})|(?:${[...UNNAMED_NOUNS].filter((n) => n.endsWith("s")).join("|")})\\s+(?:${VERBS}))\\b`,
  "i",
);
const isUnnamed = (s: string): boolean =>
  UNNAMED.test(s) || ANONYMITY_MARKERS.some((a) => s.toLowerCase().includes(a));
const SPEECH_VERB = new RegExp(`(?<![\\p{L}-])(?:${VERBS})(?![\\p{L}-])`, "gu");
// "In the view of President Vučić, if “something is achieved” …" is attributed as "according to" is.
const ACCORDING_TO = /\b(?:according\s+to|in\s+the\s+(?:view|words|opinion|assessment)\s+of)\s+/i;

// "was Lavrov's verdict", "was the message of", "was the reply TASS got from": a noun of speech owned by its speaker.
const OWNED_WORDS =
  /^[\s,]*(?:was|is)\s+(?:the\s+|(\p{Lu}[\p{L}\p{M}-]*)[’']s\s+)(?:[\p{Ll}-]+\s+){0,2}?(?:message|reply|response|verdict|answer|assessment|comment|warning|promise|pledge|description|take)\b/u;

/** Speaker of each quote, by the first sieve that decides. */
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
  const salient = (at: number, gender: Gender | null = null) =>
    salientPerson(doc, people, quotes, done, at, gender);
  const after = clauseAfter(work, q) ?? accordingToAtEnd(doc, q);
  const tail = sentenceAt(doc.sentences, q.outer.end);
  const ownerAfter = tail
    ? possessiveSource(people, work.slice(q.outer.end, Math.min(tail.end, q.outer.end + 60)), q.outer.end)
    : null;
  if (ownerAfter && /^[\s,]*in\b/i.test(work.slice(q.outer.end, q.outer.end + 6)))
    return { speaker: ownerAfter, kind: "according-to" };
  if (after) {
    const seg = work.slice(after.start, after.end);
    // "“…” was how Kalla put it", "“…” was how she described the talks": the one who put it so.
    const how = /^[\s,]*(?:was|is)\s+how\s+/.exec(seg);
    if (how) {
      const who = subjectOf(doc, people, after.start + how[0].length, after.end, "after");
      if (who.kind === "person") return { speaker: who.person, kind: "after-named" };
      if (who.kind === "pronoun")
        return {
          speaker: salient(q.start, pronounGender(work, after.start + how[0].length + 3)),
          kind: "after-pronoun",
        };
    }
    // "“…” was Lavrov's verdict", "“…” was the message of negotiator X", "“…” was the reply TASS got from X": the one
    // whose words the noun names.
    const owned = OWNED_WORDS.exec(seg);
    if (owned) {
      const at = after.start + owned[0].length;
      const owner = owned[1]
        ? people.find((p) =>
            p.mentions.some(
              (m) => m.start === after.start + (owned.index ?? 0) + owned[0].indexOf(owned[1] ?? ""),
            ),
          )
        : undefined;
      if (owner) return { speaker: owner, kind: "after-named" };
      const source = /^\s+(?:of|from|by)\s+|^\s+(?:[^,;]{0,30}?\bfrom)\s+|^\s*(?=\S)/.exec(
        work.slice(at, after.end),
      );
      const who = subjectOf(doc, people, at + (source?.[0].length ?? 0), after.end, "after");
      if (who.kind === "person") return { speaker: who.person, kind: "after-named" };
    }
    const according = ACCORDING_TO.exec(seg);
    SPEECH_VERB.lastIndex = 0;
    const firstVerb = SPEECH_VERB.exec(seg);
    // "…,” Sharif told Modi, according to an official who was there": the one who speaks is named before the source.
    if (according && !(firstVerb && firstVerb.index < according.index)) {
      const who = subjectOf(
        doc,
        people,
        after.start + according.index + according[0].length,
        after.end,
        "after",
      );
      if (who.kind === "person") return { speaker: who.person, kind: "according-to" };
      if (who.kind !== "none") return { speaker: null, kind: "unnamed" };
    }
    SPEECH_VERB.lastIndex = 0;
    const verb = SPEECH_VERB.exec(seg);
    if (verb && verb.index < 120) {
      const verbAt = after.start + verb.index;
      // "…,” reporters were told by Vincent Magwenya, spokesman for …": the agent of a passive speaks.
      const by = /^\s+by\s+/.exec(seg.slice(verb.index + verb[0].length));
      if (by) {
        const agent = subjectOf(doc, people, verbAt + verb[0].length + by[0].length, after.end, "after");
        if (agent.kind === "person") return { speaker: agent.person, kind: "after-named" };
      }
      // "…,” said Olusegun Obasanjo, head of …" / "…,” Obasanjo said" / "…,” the ministry said".
      const before = subjectOf(doc, people, after.start, verbAt, "before");
      const subject =
        before.kind === "none" ? subjectOf(doc, people, verbAt + verb[0].length, after.end, "after") : before;
      if (subject.kind === "person") return { speaker: subject.person, kind: "after-named" };
      if (subject.kind === "pronoun")
        return { speaker: salient(q.start, pronounGender(work, after.start)), kind: "after-pronoun" };
      if (subject.kind === "role")
        return { speaker: subject.person ?? salient(q.start), kind: "after-pronoun" };
      if (subject.kind === "other") return { speaker: null, kind: "unnamed" };
    }
  }
  const sentence = sentenceAt(doc.sentences, q.outer.start);
  const prev = quotes[i - 1];
  // ("Vucic said the “Mini Schengen” plan …": a name in quotation marks is nobody's words, whatever verb is near.)
  if (isNameQuote(work, q)) return { speaker: null, kind: "name-quote" };
  const leadStart =
    prev && sentence && prev.outer.end > sentence.start && prev.outer.end <= q.outer.start
      ? prev.outer.end
      : (sentence?.start ?? q.outer.start);
  if (sentence && q.outer.start > leadStart) {
    const lead = work.slice(leadStart, q.outer.start);
    const owner = possessiveSource(people, lead, leadStart);
    if (owner) return { speaker: owner, kind: "according-to" };
    const according = ACCORDING_TO.exec(lead);
    if (according) {
      const at = leadStart + according.index + according[0].length;
      const who = subjectOf(doc, people, at, q.outer.start, "after");
      if (who.kind === "person") return { speaker: who.person, kind: "according-to" };
      if (who.kind === "role")
        return { speaker: who.person ?? salient(sentence.start), kind: "according-to" };
      // "According to her, the community “has to stay united”".
      if (who.kind === "pronoun")
        return {
          speaker: salient(sentence.start, /^\s*her\b/i.test(work.slice(at, at + 5)) ? "female" : "male"),
          kind: "according-to",
        };
    }
    const verbs = [...lead.matchAll(SPEECH_VERB)];
    const continuing = leadStart !== sentence.start;
    // The speech verb nearest the quote governs it, unless its subject is no person: "X said the agency wanted “…”"
    // goes on to "said". A participle ("…, calling the talks") takes the clause's subject.
    let other = false;
    for (let k = verbs.length - 1; k >= 0; k--) {
      const v = verbs[k];
      if (!v) continue;
      const verbAt = leadStart + (v.index ?? 0);
      // ("…, Foreign Minister X said, above all after Y's interviews with Z, adding: “…”": a participle goes on with
      // the subject of the speech verb before it in the sentence, not the last name before the participle.)
      if (/ing$/.test(v[0]) && !continuing)
        for (let e = k - 1; e >= 0; e--) {
          const earlier = verbs[e];
          if (!earlier || /ing$/.test(earlier[0])) continue;
          const at = leadStart + (earlier.index ?? 0);
          const who = subjectOf(doc, people, sentence.start, at, "before");
          if (who.kind === "person") return { speaker: who.person, kind: "before-named" };
          break;
        }
      const subject = subjectOf(doc, people, continuing ? leadStart : sentence.start, verbAt, "before");
      if (subject.kind === "person") return { speaker: subject.person, kind: "before-named" };
      // "Trump was careful …, saying “…”": a participle's subject is the clause's.
      if (/ing$/.test(v[0])) {
        const opener = sentenceOpener(work, people, sentence);
        if (opener) return { speaker: opener, kind: "before-named" };
      }
      // "Pashinyan raised what he called “…”": the person who opens the sentence as its subject, else the salient one.
      if (subject.kind === "pronoun")
        return {
          speaker:
            sentenceOpener(work, people, sentence) ??
            salient(sentence.start, pronounGender(work, verbAt)) ??
            // "X told state media, and he added …" in the article's first sentence with a person.
            salient(verbAt, pronounGender(work, verbAt)),
          kind: "before-pronoun",
        };
      if (subject.kind === "role")
        return { speaker: subject.person ?? salient(sentence.start), kind: "before-pronoun" };
      if (subject.kind === "other") other = true;
      // "“A” and said “B”": the subject of the first quote's clause says the second.
      else if (continuing && !other) return { speaker: done[i - 1]?.speaker ?? null, kind: "continuation" };
    }
    if (other || isUnnamed(lead)) return { speaker: null, kind: "unnamed" };
  }
  if (isNameQuote(work, q)) return { speaker: null, kind: "name-quote" };
  // Continuation: `“A,” she said. “B”` — B is still hers.
  const prevSentence = prev ? sentenceAt(doc.sentences, prev.outer.start) : undefined;
  if (prev && prevSentence && sentence && prevSentence.block === sentence.block)
    return { speaker: done[i - 1]?.speaker ?? null, kind: "continuation" };
  // A partial quotation inside a narrative sentence is its subject's ("Blinken described the talks as “frank”"), or
  // nobody's when the subject is no person ("the parties signed a “declaration of peace”"); only a quotation that
  // opens its sentence carries the last speaker on.
  // A bullet ("→ the Ukrainian side “invited” …") under "X listed three outcomes:" is still X's.
  const bullet = sentence && /^\s*[→•▪*–-]/.test(work.slice(sentence.start, q.outer.start));
  // "Moscow requires “immediate answers”": a capital or country speaking is the government's voice, still the last
  // speaker's words.
  const capital = /^\s*(\p{Lu}[\p{L}-]+)\s+\p{Ll}+/u.exec(
    work.slice(sentence?.start ?? 0, q.outer.start),
  )?.[1];
  const stateVoice =
    capital !== undefined && (lookupCity(capital) !== undefined || countryOf(capital) !== null);
  if (sentence && !bullet && !stateVoice && /\p{L}/u.test(work.slice(sentence.start, q.outer.start))) {
    // "X has met Y, and the Chinese leader is “heartened”": the quotation's own clause names whose words they are.
    const clause = ownClause(work, sentence.start, q.outer.start);
    if (clause > sentence.start) {
      const role =
        /^\s*(the\s+(?:\p{Lu}[\p{L}-]+\s+)?[\p{Ll}-]+)\s+(?:is|was|were|are|has|had|said|says|called|described)\b/u.exec(
          work.slice(clause, q.outer.start),
        );
      const who = role?.[1]
        ? subjectOf(doc, people, clause, clause + (role[0].indexOf(role[1]) + role[1].length), "before")
        : null;
      if (who?.kind === "role" && who.person) return { speaker: who.person, kind: "embedded" };
    }
    const subject = people
      .flatMap((p) => p.mentions.map((m) => ({ p, m })))
      .filter(({ m }) => m.start >= clause && m.end <= q.outer.start && isSubjectMention(work, m))
      .sort((a, b) => a.m.start - b.m.start)[0];
    if (subject) return { speaker: subject.p, kind: "embedded" };
    // "he urged …", "In his view, …": the pronoun's person.
    const pronoun =
      /\b(?:(?:[Hh]e|[Ss]he)\s+\p{Ll}|(?:[Hh]is|[Hh]er)\s+(?:view|words|opinion|assessment|remarks)\b)/u.exec(
        work.slice(sentence.start, q.outer.start),
      );
    if (pronoun)
      return {
        speaker: salient(sentence.start, /^(?:[Ss]he|[Hh]er)\b/.test(pronoun[0]) ? "female" : "male"),
        kind: "embedded",
      };
    return { speaker: null, kind: "embedded" };
  }
  // A quotation that opens its sentence carries the last speaker on only while that speaker is still talking: the
  // quotation before it is theirs, or the sentence before it has them speak ("X told the media on Friday. “…”").
  // Otherwise it is a statement's or nobody's words ("“The meeting took place today,” read the statements").
  // (A bullet under "X listed three outcomes:" is still X's; so is a quotation whose sentence goes on to "he said".)
  const carried = salient(q.start);
  SPEECH_VERB.lastIndex = 0;
  const saysLater = sentence !== undefined && SPEECH_VERB.test(work.slice(q.outer.end, sentence.end));
  if (
    carried &&
    !bullet &&
    !saysLater &&
    done[i - 1]?.speaker !== carried &&
    !speaksBefore(doc, sentence, carried)
  )
    return { speaker: null, kind: "carried" };
  return { speaker: carried, kind: "carried" };
}

/** Whether the sentence before this one has the person speak. */
function speaksBefore(doc: ArticleDocument, sentence: Sentence | undefined, person: PersonRecord): boolean {
  const at = sentence ? doc.sentences.indexOf(sentence) : -1;
  const before = at > 0 ? doc.sentences[at - 1] : undefined;
  if (!before) return false;
  SPEECH_VERB.lastIndex = 0;
  return (
    SPEECH_VERB.test(doc.work.slice(before.start, before.end)) &&
    person.mentions.some((m) => m.start >= before.start && m.end <= before.end)
  );
}

/** Where the clause holding a quotation starts: after the last ", and", ", but" or ";" before it, else the sentence. */
function ownClause(work: string, from: number, to: number): number {
  const text = work.slice(from, to);
  let at = 0;
  for (const m of text.matchAll(/(?:,\s+(?:and|but|while|whereas)|;)\s+/g)) at = (m.index ?? 0) + m[0].length;
  return from + at;
}

/** The person who opens a sentence as its subject ("Pashinyan raised …"), if any. */
function sentenceOpener(work: string, people: PersonRecord[], sentence: Span): PersonRecord | null {
  for (const p of people)
    for (const m of p.mentions)
      if (
        m.start >= sentence.start &&
        // Only a title may come before it: "Solomon Islands Prime Minister Jeremiah Manele opened …".
        /^(?:(?:Still|However|But|And|Meanwhile|Later|Earlier|Also|Then),?\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|of|for|the)\s+)*$/u.test(
          work.slice(sentence.start, m.start).replace(/\p{Ll}+/gu, (w) => (ROLE_WORDS.has(w) ? "Role" : w)),
        ) &&
        isSubjectMention(work, m)
      )
        return p;
  return null;
}
