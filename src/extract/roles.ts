import { COUNTERPART_WORDS, COUNTRY_ADJECTIVE, escapeRegExp, ROLE_TITLES } from "./lexicon/index.js";
import type { EntityMention } from "./organizations.js";
import type { PersonRecord } from "./people.js";
import type { ArticleDocument } from "./text/document.js";
import { sentenceAt } from "./text/sentences.js";

export interface PersonProfile {
  role: string | null;
  affiliation: string | null;
  /** The role came from "his … counterpart" and must be copied from the other person. */
  counterpartOf: PersonRecord | null;
}

const TITLE_RE = new RegExp(
  `\\b(${[...ROLE_TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\b`,
  "i",
);
const COUNTERPART_RE = new RegExp(`\\b(?:${COUNTERPART_WORDS.join("|")})\\b`, "i");
const LED_BY =
  /^(.*?)\s+(?:was|were|is|are|had been|has been)\s+(?:led|headed|represented|chaired|fronted)\s+by\b/i;
const canonicalTitle = (found: string): string =>
  ROLE_TITLES.find((t) => t.toLowerCase() === found.toLowerCase()) ?? found;

export interface AffiliationContext {
  entities: EntityMention[];
  groups: Map<string, string>;
}

/** Role and affiliation from the words that introduce the person's first mention. */
export function profilePerson(
  doc: ArticleDocument,
  person: PersonRecord,
  ctx: AffiliationContext,
  all: PersonRecord[],
): PersonProfile {
  const { work } = doc;
  const sentence = sentenceAt(doc.sentences, person.first.start);
  const sentenceStart = sentence?.start ?? Math.max(0, person.first.start - 150);
  const before = work.slice(sentenceStart, person.first.start);
  const phraseStart = sentenceStart + introducingPhraseStart(before);
  const phrase = work.slice(phraseStart, person.first.start);
  const title = TITLE_RE.exec(phrase)?.[1];
  let role = title ? canonicalTitle(title) : null;
  let counterpartOf: PersonRecord | null = null;
  if (COUNTERPART_RE.test(phrase)) {
    counterpartOf = all.filter((p) => p !== person && p.first.start < person.first.start).pop() ?? null;
    role = null;
  }
  if (!role && !counterpartOf) {
    // A title after the name: "Khalid al-Mishri, head of the High Council of State, said".
    const post = /^,\s+(?:the\s+|a\s+|an\s+)?([^,;“”]{2,80}),/u.exec(
      work.slice(person.first.end, person.first.end + 90),
    );
    const postTitle = post?.[1] ? TITLE_RE.exec(post[1])?.[1] : undefined;
    if (post?.[1] && postTitle && post[1].toLowerCase().startsWith(postTitle.toLowerCase())) {
      role = canonicalTitle(postTitle);
      const from = person.first.end;
      const inPost = ctx.entities.find((e) => e.start >= from && e.end <= from + post[0].length);
      const owner =
        /\b(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}’'-]*)*)/u.exec(
          post[1],
        )?.[1];
      return { role, affiliation: inPost?.name ?? owner ?? null, counterpartOf };
    }
  }
  const phraseEntities = ctx.entities.filter((e) => e.start >= phraseStart && e.end <= person.first.start);
  let affiliation = phraseEntities[0]?.name ?? null;
  if (!affiliation && /\bMinistry\b/.test(phrase))
    affiliation = lastMinistryCountry(doc, ctx, person.first.start);
  if (!affiliation && sentence) {
    const subject = LED_BY.exec(work.slice(sentence.start, person.first.start))?.[1];
    if (subject) affiliation = affiliationOfSubject(doc, subject, sentence.start, ctx);
  }
  // An unlisted group named before the title: "Hamas spokesman" → "Hamas".
  if (!affiliation)
    affiliation =
      /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s/u.exec(phrase.replace(/^The\s+/, ""))?.[1] ?? null;
  if (affiliation && TITLE_RE.test(affiliation)) affiliation = null;
  return { role, affiliation, counterpartOf };
}

/** Start (in `before`) of the noun phrase right before a name: an appositive ("its chief negotiator, ") or a title. */
function introducingPhraseStart(before: string): number {
  // The shortest appositive: after the last clause boundary ("… and his Moldovan counterpart, ").
  const appositive =
    /^.*(?:,|\bby|\bwith|\band|\bthat|\bsaid|\bas)\s+([^,;:“”]{2,90}),\s*$/su.exec(before) ??
    /^\s*([^,;:“”]{2,90}),\s*$/u.exec(before);
  const body = appositive?.[1];
  if (body && (TITLE_RE.test(body) || COUNTERPART_RE.test(body))) return before.lastIndexOf(body);
  let start = before.length;
  let count = 0;
  const words = [...before.matchAll(/\S+\s*/g)].reverse();
  for (const m of words) {
    const w = m[0].trim();
    const ok = /^\p{Lu}/u.test(w) || TITLE_RE.test(w.replace(/[’']s$/, "")) || /^(?:for|of|the)$/.test(w);
    if (!ok || /[,;:]$/.test(w) || count >= 8) break;
    start = m.index ?? start;
    count++;
  }
  // A phrase does not begin with a preposition or article left over from the scan.
  let rest = before.slice(start);
  while (/^(?:for|of|the)\s+/i.test(rest) && !/^the\s+\p{Lu}/u.test(rest)) {
    const skip = /^\S+\s+/.exec(rest)?.[0].length ?? 0;
    start += skip;
    rest = before.slice(start);
  }
  return start;
}

/** "Ministry spokesperson": the country of the ministry named last before. */
function lastMinistryCountry(doc: ArticleDocument, ctx: AffiliationContext, before: number): string | null {
  const re = /\bMinistry\b/g;
  let found: string | null = null;
  for (let m = re.exec(doc.work); m && m.index < before; m = re.exec(doc.work)) {
    const near = ctx.entities
      .filter((e) => e.kind === "country" && e.end <= m.index && m.index - e.end < 25)
      .pop();
    if (near) found = near.name;
  }
  return found;
}

/** "The TPLF team was headed by …", "The government delegation was led by …": whom the delegation represents. */
function affiliationOfSubject(
  doc: ArticleDocument,
  subject: string,
  offset: number,
  ctx: AffiliationContext,
): string | null {
  for (const [acronym, name] of ctx.groups)
    if (new RegExp(`\\b${escapeRegExp(acronym)}\\b`).test(subject)) return name;
  const inSubject = ctx.entities.find((e) => e.start >= offset && e.end <= offset + subject.length);
  if (/\bgovernment\b/i.test(subject)) {
    const owner = /(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)[’']s\s+(?:[\p{Ll}-]+\s+){0,3}government\b/u.exec(
      doc.work,
    )?.[1];
    const country = owner
      ? ctx.entities.find((e) => e.kind === "country" && doc.work.slice(e.start, e.end) === owner)?.name
      : inSubject?.name;
    const adjective = country ? COUNTRY_ADJECTIVE.get(country) : undefined;
    if (adjective) return `${adjective} government`;
  }
  if (inSubject) return inSubject.name;
  // A faction named by an adjective: "The Houthi side" → "Houthis".
  const faction = /\b(\p{Lu}\p{Ll}+)\s+(?:side|movement|rebels|delegation|team)\b/u.exec(subject)?.[1];
  if (faction && !/^The$/.test(faction)) return faction.endsWith("s") ? faction : `${faction}s`;
  return null;
}
