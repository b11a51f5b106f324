import type { PersonRecord } from "../coreference/people.js";
import { DEMONYMS, ROLE_WORDS, UNNAMED_NOUNS } from "../lexicon/index.js";
import type { RawQuote } from "../quotations/quotes.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Span } from "../types.js";

/** What the subject of a speech verb is: a named person, a pronoun, a role noun ("the envoy"), something else, or nothing. */
export type Subject =
  | { kind: "person"; person: PersonRecord }
  | { kind: "pronoun" }
  | { kind: "role"; person: PersonRecord | null }
  | { kind: "other" }
  | { kind: "none" };

// "the envoy", "the diplomat", "the minister": a definite description of someone the article has named.
const ROLE_NOUNS = new Set([...ROLE_WORDS, ...[...UNNAMED_NOUNS].filter((n) => !n.endsWith("s"))]);
// Words between a subject and its verb: "Kuleba on Thursday said", "Obasanjo also said", "he later added", "X was
// quoted as saying", "cited X as calling".
const TRAILING_ADVERBIAL =
  /(?:\s+(?:also|later|then|again|further|once|earlier|separately|previously|meanwhile|nonetheless|nevertheless|however|still|had|has|have|was|were|would|will|as|on\s+\p{Lu}\p{Ll}+|in\s+a\s+statement|in\s+an\s+interview|\p{Ll}+ly))+\s*$/u;

interface Located {
  person: PersonRecord;
  span: Span;
}

function mentionsIn(people: PersonRecord[], from: number, to: number, work: string): Located[] {
  const out: Located[] = [];
  // A possessive ("Poroshenko’s office") names the owner, not the speaker.
  for (const person of people)
    for (const span of person.mentions)
      if (span.start >= from && span.end <= to && !/^[’']s\b/.test(work.slice(span.end, span.end + 3)))
        out.push({ person, span });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The subject of a speech verb: with `side` "before", the phrase that ends where the verb starts (`to`); with "after",
 * the phrase that starts after it (`from`): "said Olusegun Obasanjo, head of …", "according to Cuban Foreign Minister
 * Bruno Rodriguez".
 */
export function subjectOf(
  doc: ArticleDocument,
  people: PersonRecord[],
  from: number,
  to: number,
  side: "before" | "after",
): Subject {
  const { work } = doc;
  if (side === "after") {
    const phrase = /^[\s,]*([^,.;:“”"]*)/.exec(work.slice(from, to))?.[1] ?? "";
    if (phrase.trim() === "") return { kind: "none" };
    const start = from + work.slice(from, to).indexOf(phrase);
    const found = mentionsIn(people, start, start + phrase.length, work)[0];
    if (found) return { kind: "person", person: found.person };
    return classifyPhrase(phrase, people, doc, from, "start");
  }
  let text = work.slice(from, to).replace(TRAILING_ADVERBIAL, "");
  let end = from + text.length;
  for (let round = 0; round < 2; round++) {
    const trimmed = text.replace(/\s+$/, "");
    end = from + trimmed.length;
    if (trimmed === "" || /(?:\band|\bbut|\bor)$/.test(trimmed)) return { kind: "none" };
    const located = mentionsIn(people, from, end, work);
    const last = located[located.length - 1];
    if (last && last.span.end === end) {
      // "X and Y said": a joint statement, not one speaker's words.
      const prev = located[located.length - 2];
      if (prev && /^\s*(?:and|&)\s*$/.test(work.slice(prev.span.end, last.span.start)))
        return { kind: "other" };
      return { kind: "person", person: last.person };
    }
    // An appositive that is itself the name: "Merkel’s spokesman, Steffen Seibert, characterised …".
    const apposed = /,\s*([^,“”]{1,140}),?$/.exec(trimmed);
    if (apposed && trimmed.endsWith(",")) {
      const at = from + (apposed.index ?? 0);
      const inside = mentionsIn(people, at, end, work).pop();
      // The appositive is the name only when it ends with it and no preposition owns it ("adviser to Erdoğan").
      const isName =
        inside &&
        /^\s*,?\s*$/.test(work.slice(inside.span.end, end)) &&
        !/\b(?:to|of|for|with|by|from)\s+$/i.test(work.slice(at, inside.span.start));
      if (inside && isName) return { kind: "person", person: inside.person };
      // "Olusegun Obasanjo, head of the AU mediation team," : drop the appositive and look again.
      text = trimmed.slice(0, apposed.index);
      continue;
    }
    if (trimmed.endsWith(",")) return { kind: "none" };
    // "Mike Pompeo, who was present as a witness at the ceremony said": the relative clause is still his.
    const relative = located.filter((l) => /^\s*,\s*who\b[^,;“”]*$/.test(work.slice(l.span.end, end))).pop();
    if (relative) return { kind: "person", person: relative.person };
    return classifyPhrase(trimmed, people, doc, from, "end");
  }
  return { kind: "other" };
}

/** A role noun, hyphened ones by their first part ("secretary-general", "vice-president"). */
// ("the British PM was quoted as saying", "the Georgian PM underlined": a title's short form stands for its words.)
const SHORT_TITLES: Record<string, string[]> = { PM: ["prime", "minister"], FM: ["foreign", "minister"] };

const isRoleNoun = (w: string): boolean => {
  const word = w.toLowerCase();
  return (
    w in SHORT_TITLES ||
    ROLE_NOUNS.has(word) ||
    (/^[\p{L}]+-[\p{L}]+$/u.test(word) &&
      word.split("-").some((p) => ROLE_NOUNS.has(p)) &&
      !/^(?:ex|then)-/.test(word))
  );
};

const ANONYMOUS = /^(?:source|sources|insider|insiders|officials|diplomats|observers|analysts)$/i;

/** A phrase without a named person: a pronoun, a role noun ("the foreign minister"), or another subject. */
function classifyPhrase(
  phrase: string,
  people: PersonRecord[],
  doc: ArticleDocument,
  offset: number,
  edge: "start" | "end",
): Subject {
  const words = phrase.trim().split(/\s+/);
  const word = (edge === "end" ? words[words.length - 1] : words[0]) ?? "";
  if (/^(?:he|she)$/i.test(word)) return { kind: "pronoun" };
  // "according to her": an object pronoun standing alone.
  if (edge === "start" && words.length === 1 && /^(?:him|her)$/i.test(word)) return { kind: "pronoun" };
  // "the source said", "the officials said": an anonymous source is nobody the article names ("the official" may be
  // the one just named).
  if (ANONYMOUS.test(words[words.length - 1] ?? "")) return { kind: "other" };
  // ("said the Belarusian leader", "said the former Nigerian president": the whole phrase after the verb describes.)
  if (edge === "start" && /^the$/i.test(word)) {
    const described = describedRole(words);
    if (described && described.start === 0)
      return roleSubject(lastWithRole(doc, people, described.tail, offset, described.nationality));
  }
  if (edge === "start" && /^(?:the|a|an)$/i.test(word) && words.length >= 2) {
    const head = words.slice(1).find((w) => !isRoleNoun(w)) === undefined;
    if (head) return roleSubject(lastWithRole(doc, people, words.slice(1), offset));
  }
  if (edge === "end") {
    const described = describedRole(words);
    if (described)
      return roleSubject(lastWithRole(doc, people, described.tail, offset, described.nationality));
  }
  return { kind: "other" };
}

/**
 * The definite description a phrase ends with: "the" (its index, `start`), any "former", nationality or short form
 * ("the Russian negotiator", "the former Nigerian president", "the UN envoy", "the U.S. negotiator"), then role nouns.
 */
function describedRole(
  words: string[],
): { start: number; tail: string[]; nationality: string | null } | null {
  const tail: string[] = [];
  for (let i = words.length - 1; i >= 0 && isRoleNoun(words[i] ?? ""); i--) tail.unshift(words[i] ?? "");
  let k = words.length - tail.length - 1;
  let nationality: string | null = null;
  const shortForm = (w: string) => /^(?:\p{Lu}{2,5}|(?:\p{Lu}\.){2,3})$/u.test(w);
  while (
    k >= 0 &&
    (/^former$/i.test(words[k] ?? "") || DEMONYMS[words[k] ?? ""] || shortForm(words[k] ?? ""))
  ) {
    nationality ??= DEMONYMS[words[k] ?? ""] || shortForm(words[k] ?? "") ? (words[k] ?? null) : null;
    k--;
  }
  return tail.length > 0 && /^the$/i.test(words[k] ?? "") ? { start: k, tail, nationality } : null;
}

const UNNAMED = "unnamed";
const roleSubject = (found: PersonRecord | null | typeof UNNAMED): Subject =>
  found === UNNAMED ? { kind: "other" } : { kind: "role", person: found };

/** "the envoy": the person last named with that title before it, or the unnamed source the report brought in last. */
function lastWithRole(
  doc: ArticleDocument,
  people: PersonRecord[],
  words: string[],
  before: number,
  nationality: string | null = null,
): PersonRecord | null | typeof UNNAMED {
  words = words.flatMap((w) => SHORT_TITLES[w] ?? [w]);
  const head = (words[words.length - 1] ?? "").toLowerCase();
  const titled = (from: number, to: number) => {
    const text = doc.work.slice(Math.max(0, from), to).toLowerCase();
    return (
      new RegExp(`\\b${head}\\b`).test(text) && (!nationality || text.includes(nationality.toLowerCase()))
    );
  };
  // "Kuwaiti Emir Sabah … and Qatari Emir Tamim": the title right before a name is that person's, before any other.
  const direct = people.filter((p) => p.first.start < before && titled(p.first.start - 40, p.first.start));
  let best: { person: PersonRecord; at: number } | null = null;
  for (const p of direct.length > 0 ? direct : people) {
    const first = p.first;
    if (first.start >= before) continue;
    // ("an official", "the diplomat": a word that names a source is this person's only right beside the name, not
    // in "… the official told AP, adding that President Donald Trump's …".)
    const reach = UNNAMED_NOUNS.has(head) ? 40 : 80;
    if (!titled(first.start - reach, first.end + reach)) continue;
    const at = Math.max(...p.mentions.filter((m) => m.end <= before).map((m) => m.start), first.start);
    if (!best || at > best.at) best = { person: p, at };
  }
  // "a senior Trump administration official who was not authorized to comment … “…,” the official told": a source
  // the report brought in without a name, after anyone it named with that title, is who "the official" is.
  const unnamed = new RegExp(
    String.raw`\b(?:an?|one|another)\s+(?:[\p{L}.-]+\s+){0,4}?${head}\b(?!\s+(?:of|to)\s+\p{Lu})`,
    "giu",
  );
  let introduced = -1;
  for (const m of doc.work.slice(0, before).matchAll(unnamed)) {
    const at = m.index ?? 0;
    // ("Omar Haddad, a senior official at the ministry", "a senior official, Omar Haddad,": a named one.)
    const apposed = people.some((p) =>
      p.mentions.some(
        (x) =>
          (at >= x.end && at - x.end <= 3) ||
          (x.start >= at + m[0].length && x.start - at - m[0].length <= 3),
      ),
    );
    if (!apposed) introduced = at;
  }
  if (introduced > (best?.at ?? -1) && UNNAMED_NOUNS.has(head)) return UNNAMED;
  return best?.person ?? null;
}

const PREPOSITION_BEFORE =
  /\b(?:with|to|by|of|for|from|against|between|among)\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:\p{Lu}[\p{L}.-]*|\p{Ll}+)\s+){0,3}$/u;

// "the Kuwaiti emir", "the minister": a definite description (an optional nationality, then one role word).
const DESCRIPTION = /\b[Tt]he\s+(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Ll}+)\b/gu;

// A person mention that is a grammatical subject: a verb follows it (after an optional appositive).
const FOLLOWED_BY_VERB =
  /^(?:,[^.;“”]{1,200}?,|,)?\s+(?:(?:also|later|then|had|has|have|was|were|is|will|would|could|did|on\s+\p{Lu}\p{Ll}+)\s+)*(?:\p{Ll}+ed|\p{Ll}+s|said|told|met|made|took|gave|spoke|wrote|went|came|held|sent|saw|knew|felt|got|left|led|became|began|stood|sat|kept|put|read|was|is|forecast|thought|sought|brought|struck|meant|found|drew|chose|won|set|had|has)\b/u;

/** Is this mention the subject of a verb that follows it ("Blinken described …", "Nyusi was nonetheless …")? */
export function isSubjectMention(work: string, span: Span): boolean {
  return (
    !/^[’']s\b/.test(work.slice(span.end, span.end + 3)) &&
    FOLLOWED_BY_VERB.test(work.slice(span.end, span.end + 160))
  );
}

/**
 * Who "he" or "she" is: the latest person before `at` who was the subject of a verb or the speaker of a quote (CoreNLP's
 * salience: speakers and subjects, not objects of "talks with …").
 */
export function salientPerson(
  doc: ArticleDocument,
  people: PersonRecord[],
  quotes: RawQuote[],
  done: { speaker: PersonRecord | null }[],
  at: number,
  gender: Gender | null = null,
): PersonRecord | null {
  let best: { person: PersonRecord; at: number } | null = null;
  const genders = gender ? new Map(people.map((p) => [p, cachedGender(doc, p, people)])) : null;
  // "Hollande told Europe 1 radio that Foreign Minister Ayrault had proposed May 30, but that Kerry is not
  // available. “…,” he said": within one sentence, the subject of its speech verb outranks the subjects of the
  // clauses it reports.
  const speaking = new Set<number>();
  const consider = (person: PersonRecord, where: number, speaks = false) => {
    const g = genders?.get(person);
    if (g && g !== gender) return;
    if (where >= at) return;
    if (speaks) speaking.add(where);
    if (!best) best = { person, at: where };
    else if (sameSentence(doc, best.at, where)) {
      const bestSpeaks = speaking.has(best.at);
      if ((speaks && !bestSpeaks) || (speaks === bestSpeaks && where > best.at)) best = { person, at: where };
    } else if (where > best.at) best = { person, at: where };
  };
  for (const p of people)
    for (const m of p.mentions) {
      if (m.end > at) continue;
      // ("according to Putin: “…,” he said": the source a sentence names is a speaker.)
      const source = ACCORDING_TO_BEFORE.test(doc.work.slice(Math.max(0, m.start - 80), m.start));
      if (
        (FOLLOWED_BY_VERB.test(doc.work.slice(m.end, m.end + 160)) &&
          // ("her talks with Minister Lavrov centred on …": the object of a preposition is no subject.)
          !PREPOSITION_BEFORE.test(doc.work.slice(Math.max(0, m.start - 40), m.start))) ||
        source ||
        // ("… were divulged by Foreign Secretary X, who said that …": the object of "by" who speaks is a speaker.)
        /^\s*,\s*who\s+(?:said|told|added|stressed|noted|explained)\b/.test(doc.work.slice(m.end, m.end + 30))
      )
        consider(p, m.start, source || SPEECH_AFTER.test(doc.work.slice(m.end, m.end + 100)));
    }
  done.forEach((a, k) => {
    const q = quotes[k];
    if (a.speaker && q) consider(a.speaker, q.outer.start);
  });
  // "the Kuwaiti emir urged …": a definite description of someone named earlier is a subject mention of them too.
  for (const m of doc.work.slice(Math.max(0, at - 600), at).matchAll(DESCRIPTION)) {
    const where = Math.max(0, at - 600) + (m.index ?? 0);
    const end = where + m[0].length;
    const role = (m[2] ?? "").toLowerCase();
    if (!ROLE_WORDS.has(role) || !FOLLOWED_BY_VERB.test(doc.work.slice(end, end + 160))) continue;
    // (Not inside a quotation: "“The president has already sent a letter,” said the spokesperson".)
    if (quotes.some((q) => where >= q.outer.start && where < q.outer.end)) continue;
    const person = lastWithRole(doc, people, [role], where, m[1] && DEMONYMS[m[1]] ? m[1] : null);
    if (person && person !== UNNAMED) consider(person, where);
  }
  // "… was led by Deputy Prime Minister Sok Vannarith. “…,” she said": a later mention of someone the article shows
  // to be of the pronoun's gender beats an earlier subject of unknown gender.
  if (best && genders) {
    const from = (best as { at: number }).at;
    let later: { person: PersonRecord; at: number } | null = null;
    for (const p of people)
      for (const m of p.mentions)
        if (m.start > from && m.end <= at && genders.get(p) === gender && (!later || m.start > later.at))
          later = { person: p, at: m.start };
    if (later && genders.get((best as { person: PersonRecord }).person) !== gender) return later.person;
  }
  if (best) return (best as { person: PersonRecord }).person;
  let last: { person: PersonRecord; at: number } | null = null;
  for (const p of people)
    for (const m of p.mentions)
      if (m.end <= at && (!last || m.start > last.at) && !(genders?.get(p) && genders.get(p) !== gender))
        last = { person: p, at: m.start };
  return last?.person ?? null;
}

// ("according to Putin", "According to Malaysian Ambassador to Indonesia Datuk X": the source a sentence names, however
// long the title before the name.)
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+(?:(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)\s+){0,6}$/iu;

// "Hollande told …", "Merkel, speaking in Sochi, said …": the name's own verb is one of saying.
// ("Foreign Secretary A, told reporters", "divulged by B, who said that …": a stray comma or a relative "who" too.)
const SPEECH_AFTER =
  /^\s*(?:,[^,.;“”"]{1,80},\s*|,\s*(?:who\s+)?)?(?:told|said|says|added|stressed|noted|argued|explained|insisted|stated|declared|warned|announced|asserted|underlined)\b/;

const sameSentence = (doc: ArticleDocument, a: number, b: number): boolean =>
  doc.sentences.some((s) => s.start <= Math.min(a, b) && Math.max(a, b) < s.end);

export type Gender = "male" | "female";

/** The gender of the pronoun right before `at` ("she said", "he added"), if any. */
export function pronounGender(work: string, at: number): Gender | null {
  const w = /([\p{L}]+)\W*$/u.exec(work.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase();
  return w === "she" ? "female" : w === "he" ? "male" : null;
}

// One article's people are read once for their gender, not once per pronoun.
const genderCache = new WeakMap<PersonRecord, Gender | null>();
function cachedGender(doc: ArticleDocument, person: PersonRecord, people: PersonRecord[]): Gender | null {
  if (!genderCache.has(person)) genderCache.set(person, genderOf(doc, person, people));
  return genderCache.get(person) ?? null;
}

/**
 * A person's gender as the article shows it: an honorific ("Mr", "Ms") before a mention, else the first personal
 * pronoun after a mention before anyone else is named ("Marquardt said her team …").
 */
function genderOf(doc: ArticleDocument, person: PersonRecord, people: PersonRecord[]): Gender | null {
  const { work } = doc;
  let male = 0;
  let female = 0;
  const others = people.filter((p) => p !== person).flatMap((p) => p.mentions);
  for (const m of person.mentions) {
    const before = work.slice(Math.max(0, m.start - 6), m.start);
    if (/\bMr\.?\s+$/.test(before)) male += 2;
    if (/\b(?:Ms|Mrs|Miss)\.?\s+$/.test(before)) female += 2;
    const next = others.filter((o) => o.start > m.end).reduce((a, o) => Math.min(a, o.start), m.end + 200);
    const pronoun = /\b(he|his|him|she|her|hers)\b/i.exec(
      work.slice(m.end, Math.min(next, m.end + 200)),
    )?.[1];
    if (pronoun) /^(?:he|his|him)$/i.test(pronoun) ? male++ : female++;
  }
  return male > female ? "male" : female > male ? "female" : null;
}
