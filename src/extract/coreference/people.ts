import {
  COURTESY_HONORIFICS,
  escapeRegExp,
  NAME_WORDS,
  RELIGIOUS_HONORIFICS,
  REPORTING_VERBS,
  ROLE_TITLES,
  ROLE_WORDS,
} from "../lexicon/index.js";
import { smallPlaceCountries } from "../mentions/gazetteer.js";
import { countryOf, lookupCity } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import { tagSpan } from "../structure/tokens.js";
import type { Span } from "../types.js";
import { findMentions } from "./later-mentions.js";
import { isInstitutional, isNonName, PARTICLES, REGION_WORD } from "./name-words.js";
import { addSurnameOnly } from "./surnames.js";

/** The cue that made a capitalised run a person: a title before it, a verb after it, and so on. */
export type PersonRule =
  | "title"
  | "verb-after"
  | "led-by"
  | "according-to"
  | "quote-verb"
  | "speaks-later"
  | "coordinated"
  | "surname-only";

export interface PersonRecord {
  name: string;
  rule: PersonRule;
  surname: string;
  /** Where the full name is first written. */
  first: Span;
  mentions: Span[];
}

const HONORIFICS = new Set(NAME_WORDS.religiousHonorifics);
// A name word; Arabic-style names may carry a lower-case article: "al-Mishri".
const WORD = "(?:(?:al|el|ad|as|ash|ibn|bin|abu)-)?\\p{Lu}[\\p{L}\\p{M}]*(?:[-’'][\\p{L}\\p{M}]+)*";
// Initials stay inside the name: "Alejandro N. Mayorkas", "Lemanu P.S. Mauga", "S. Jaishankar".
// (A name never runs over a line break: "Ukrinform\n\nDirect" is a dateline and a sentence.)
const NAME_RUN = new RegExp(
  `(?<![\\p{L}\\p{M}.])(?:\\p{Lu}\\.[^\\S\\n]+)?${WORD}(?:[^\\S\\n]+(?:${PARTICLES}[^\\S\\n]+)*(?:(?:\\p{Lu}\\.){1,3}[^\\S\\n]+)?${WORD})*`,
  "gu",
);

// A name followed by its verb ("X said", "X, who chaired, said", "…chief, X, welcomed").
const VERBS = [...REPORTING_VERBS].join("|");
// Irregular past tenses a subject name is often followed by.
const IRREGULAR = "met|held|told|spoke|went|came|took|gave|made|began|sent|wrote|led|flew|saw|left";
const SUBJECT_VERB = new RegExp(
  `^(?:,[^,.;“”]{1,80},)?,?\\s+(?:(?:however|also|later|then|meanwhile|again),?\\s+)?(?:${VERBS}|${IRREGULAR}|[a-z]+ed|[a-z]+s)\\b`,
);
// "“…,” said X": the reporting verb before the name, right after a quotation.
const VERB_BEFORE = new RegExp(`[”"],?\\s+(?:${VERBS})\\s+$`);
// "the delegation included other key leaders, among them Khaled Meshaal, …": the head of a list of people.
const LISTED_AFTER = /\b(?:among\s+them|among\s+whom|including|such\s+as|namely)\s+$/;
// "was led by presidential aide X": the object of leading a delegation is a person.
const LED_BY = /\b(?:led|headed|represented|chaired)\s+by\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
// "Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs …": a title in apposition after the name.
const ROLE_AFTER = new RegExp(
  `^,\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}.’'-]+\\s+){0,3}(?:${ROLE_TITLES.map(escapeRegExp).join("|")})\\b`,
  "iu",
);
// "President of Kazakhstan X", "Ambassador to the Republic of Kazakhstan X", "Commissioner for Peace and Security X",
// "the President of the European Council, Mr X".
const ROLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:${ROLE_TITLES.map(escapeRegExp).join("|")})s?|counterparts?)(?![\\p{L}])(?:\\s+(?:for|of|to|on)\\s+(?:the\\s+)?${WORD}(?:\\s+(?:(?:of|for|and|the|to|on)\\s+)*${WORD}){0,5})?(?:[^,.;“”]{0,30},)?\\s*\\(?\\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|H\\.\\s?E\\.|${RELIGIOUS_HONORIFICS}|${COURTESY_HONORIFICS}|Ayatollah)\\.?\\s+){0,2}$`,
  "iu",
);

const POST_NOMINALS = /(?:\s+(?:QC|KC|SC|MP|OBE|CBE|KBE|MBE|GCMG|KCMG|CMG|GCB|KCB|PC|PhD))+$/;

const COURTESY_RUN = new RegExp(`^(?:(?:${COURTESY_HONORIFICS})\\s+)+`, "u");

/** Named people: capitalised runs of two or more name words in a person-like context. */
export function findPeople(doc: ArticleDocument): PersonRecord[] {
  const { work, header } = doc;
  const people: PersonRecord[] = [];
  const rejected: PersonRecord[] = [];
  NAME_RUN.lastIndex = header.bodyStart;
  for (let m = NAME_RUN.exec(work); m; m = NAME_RUN.exec(work)) {
    const runAfter = work.slice(m.index + m[0].length, m.index + m[0].length + 4);
    const trimmed = trimRun(m[0], m.index, work.slice(Math.max(0, m.index - 8), m.index), runAfter);
    if (!trimmed) continue;
    const candidate = afterLeadingPlace(work, trimmed);
    const { start } = candidate;
    // "Ferdinand Marcos Jr.": the suffix's full stop belongs to the name.
    const suffixDot =
      /\b(?:Jr|Sr)$/.test(candidate.name) && work.charAt(start + candidate.name.length) === ".";
    // ("Rt Hon Patricia Scotland QC": letters after a name are honours, not part of it.)
    const bare = candidate.name.replace(POST_NOMINALS, "");
    const name = suffixDot ? `${bare}.` : bare;
    const end = start + name.length;
    if (people.some((p) => p.name === name || isTrailingPart(name, p.name))) continue;
    if (lookupCity(name) || countryOf(name)) continue;
    // "in the Red Sea resort of Sharm el-Sheikh": a town GeoNames knows, named as a place, is no one.
    if (
      /\b(?:in|at|of|to|from)\s+$/.test(work.slice(Math.max(0, start - 6), start)) &&
      smallPlaceCountries(name).length > 0
    )
      continue;
    if (PUBLICATION_BEFORE.test(work.slice(Math.max(0, start - 30), start))) continue;
    // ("in Washington D.C.": a city and the district's letter are no name.)
    if (/^\.C\b/.test(work.slice(end, end + 3))) continue;
    // "H. E. Evaristo Carvalho": initials alone (His Excellency) are no one's name.
    if (name.split(/\s+/).every((t) => /^\p{Lu}\.?$/u.test(t))) continue;
    // "said Wisma Putra, which added …": an institution.
    if (/^,\s+which\b/.test(work.slice(end, end + 10))) continue;
    const sentence = sentenceAt(doc.sentences, start);
    const before = work.slice(sentence?.start ?? Math.max(0, start - 120), start);
    const after = work.slice(end, end + 100);
    const tokens = name.split(/\s+/);
    const surname = tokens[tokens.length - 1] ?? name;
    const rule: PersonRule | null =
      ROLE_BEFORE.test(before) || ROLE_AFTER.test(after)
        ? "title"
        : SUBJECT_VERB.test(after)
          ? "verb-after"
          : LED_BY.test(before)
            ? "led-by"
            : /\baccording to\s*$/i.test(before)
              ? "according-to"
              : VERB_BEFORE.test(before)
                ? "quote-verb"
                : // ("Wang Yi, a member of the Political Bureau …" … "said Wang": a family name written first.)
                  surnameSpeaksLater(work, surname, end) ||
                    (familyNameFirst(tokens) && familyNameSpeaks(work, tokens[0] ?? "", end))
                  ? "speaks-later"
                  : LISTED_AFTER.test(before)
                    ? "coordinated"
                    : null;
    if (!rule) {
      rejected.push({ name, surname, rule: "coordinated", first: { start, end }, mentions: [] });
      continue;
    }
    people.push({ name, surname, rule, first: { start, end }, mentions: [] });
  }
  addCoordinatedNames(doc, people, rejected);
  addSurnameOnly(doc, people);
  people.sort((a, b) => a.first.start - b.first.start);
  for (const person of people) person.mentions = findMentions(doc, person, people);
  return people;
}

const MEETS_BEFORE = /\b(?:met(?:\s+with)?|(?:meeting|meetings|talks)\s+with)\s+$/;
// ("Igor Popov (Russia), Stephane Visconti (France), and …": a bracketed state may follow each name of the list.)
const COORDINATED = /^\s*(?:\([^()]{2,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+(?:by\s+|with\s+)?)$/;

/**
 * Names without a title or verb of their own: coordinated with a person already found ("between Ana Ruiz and Omar
 * Haddad said …", "X, Y and Z") or met by someone ("met Pedro Alves"). wink-nlp must tag every word a proper noun, and
 * the next word must not be a noun the run modifies ("the Preah Vihear temple").
 */
function addCoordinatedNames(doc: ArticleDocument, people: PersonRecord[], candidates: PersonRecord[]): void {
  const { work } = doc;
  const beside = (a: Span, b: Span): boolean =>
    (a.end <= b.start && COORDINATED.test(work.slice(a.end, b.start))) ||
    (b.end <= a.start && COORDINATED.test(work.slice(b.end, a.start)));
  let added = true;
  while (added) {
    added = false;
    for (const c of candidates) {
      if (people.includes(c) || people.some((p) => p.name === c.name)) continue;
      const context =
        MEETS_BEFORE.test(work.slice(Math.max(0, c.first.start - 20), c.first.start)) ||
        people.some((p) => beside(p.first, c.first));
      if (!context || !properNounRun(doc, c.first)) continue;
      people.push(c);
      added = true;
    }
  }
}

function properNounRun(doc: ArticleDocument, span: Span): boolean {
  const { work } = doc;
  const sentence = sentenceAt(doc.sentences, span.start);
  if (!sentence) return false;
  const words = [...work.slice(span.start, span.end).matchAll(/\S+/g)];
  if (words.some((w) => REGION_WORD.test(w[0]))) return false;
  const tokens = tagSpan(work, sentence);
  const tagOf = (at: number) => tokens.find((t) => t.start === at)?.pos;
  const allProper = words.every(
    (w) => /^\p{Ll}+$/u.test(w[0]) || tagOf(span.start + (w.index ?? 0)) === "PROPN",
  );
  const next = tokens.find((t) => t.start >= span.end);
  return allProper && (!next || (next.pos !== "NOUN" && next.pos !== "PROPN"));
}

/**
 * A later short form of a known person, not a new person: its end ("Wani Loku" after "Emmanuel Wani Loku", "De la
 * Cruz" after "Ana Luisa de la Cruz") or its start ("Nur Aisyah" after "Nur Aisyah binti Rahman").
 */
const isTrailingPart = (candidate: string, full: string): boolean => {
  if (full.length <= candidate.length) return false;
  const c = candidate.toLowerCase();
  const f = full.toLowerCase();
  return f.endsWith(` ${c}`) || f.startsWith(`${c} `);
};

/** The surname alone is later the subject of a verb ("Medinsky described …"). */
// Two name words, neither a place, a people nor a plural: "Wang Yi", "Ban Ki-moon" (not "Caribbean Community",
// "Rohingya Muslims", "Washington D").
const familyNameFirst = (tokens: string[]): boolean =>
  tokens.length === 2 &&
  tokens.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)?$/u.test(t) && !/s$/.test(t)) &&
  !tokens.some(
    (t) =>
      isInstitutional(t) ||
      t.split("-").some((part) => countryOf(part) || lookupCity(part) || isNonName(part)),
  );

/** "said Wang", "Wang observed": the family name alone right beside a reporting verb. */
function familyNameSpeaks(work: string, family: string, from: number): boolean {
  const name = escapeRegExp(family);
  const re = new RegExp(
    `\\b(?:${VERBS})\\s+${name}(?![\\p{L}\\p{M}-])|(?<![\\p{L}\\p{M}-])${name}\\s+(?:${VERBS})\\b`,
    "gu",
  );
  re.lastIndex = from;
  return re.test(work);
}

function surnameSpeaksLater(work: string, surname: string, from: number): boolean {
  if (surname.length < 3) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{M}-])${escapeRegExp(surname)}(?![\\p{L}\\p{M}-])`, "gu");
  re.lastIndex = from;
  for (let m = re.exec(work); m; m = re.exec(work)) {
    if (SUBJECT_VERB.test(work.slice(m.index + m[0].length, m.index + m[0].length + 100))) return true;
  }
  return false;
}

/** The name at the end of a capitalised run, after role words, places and organisations ("UN Special Envoy for Yemen Ingrid Halvorsen"). */
/**
 * "Prime Minister of Trinidad and Tobago Keith Rowley", "High Commissioner to Sri Lanka James Dauris": a run that opens
 * with the end of a state's name or with a place ending a title's complement; the person's name is what follows it.
 */
function afterLeadingPlace(
  work: string,
  run: { name: string; start: number },
): { name: string; start: number } {
  const before = work.slice(Math.max(0, run.start - 30), run.start);
  const joined = /(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+and\s+$/u.exec(before)?.[1];
  // ("High Commissioner to Sri Lanka James Dauris", "Minister of State for Europe Stephen Doughty": a state or region
  // ending a title's "to"/"for"/"of" is no part of the name after it.)
  const complement = /\b(?:of|for|to)\s+(?:the\s+)?$/.test(before);
  const tokens = run.name.split(/\s+/);
  for (let k = 1; k <= 2 && tokens.length - k >= 2; k++) {
    const head = tokens.slice(0, k).join(" ");
    const place =
      (joined !== undefined && countryOf(`${joined} and ${head}`)) ||
      (complement && (countryOf(head) || REGION_NAME.test(head)));
    if (!place) continue;
    const rest = tokens.slice(k).join(" ");
    return { name: rest, start: run.start + run.name.indexOf(rest, head.length) };
  }
  return run;
}

const REGION_NAME =
  /^(?:Europe|Africa|Asia|Americas|Middle East|Latin America|Eurasia|Oceania|Pacific|Caribbean)$/;
// "according to the daily Le Monde", "the London-based newspaper Asharq Al-Awsat": a publication, not a person.
const PUBLICATION_BEFORE =
  /\b(?:newspaper|daily|weekly|tabloid|magazine|outlet|broadcaster|news\s+agency|agency|channel|website|portal)\s+(?:the\s+)?$/i;

function trimRun(
  run: string,
  offset: number,
  lead: string,
  after = "",
): { name: string; start: number } | null {
  // "the prime minister of Papua New Guinea": a place's name, whatever words of it look like a person's.
  if (countryOf(run.replace(/[’']s$/, "")) || lookupCity(run)) return null;
  // "Sergei Lavrov's visit": a full name only in a possessive is still a name.
  const tokens = [...run.matchAll(/\S+/g)].map((t) => ({ word: t[0], index: t.index ?? 0 }));
  const owner = tokens[tokens.length - 1];
  if (
    owner &&
    tokens.length >= 2 &&
    /^\p{Lu}[\p{L}\p{M}-]+[’']s$/u.test(owner.word) &&
    !isNonName(owner.word.slice(0, -2))
  )
    owner.word = owner.word.slice(0, -2);
  let j = tokens.length;
  // "Theresa May will go to Berlin": a month after a given name, with no day after it, is a surname.
  const surnameMay =
    tokens.length >= 2 &&
    tokens[j - 1]?.word === "May" &&
    !/^\s*\d/.test(after) &&
    !isNonName(tokens[j - 2]?.word ?? "");
  if (!surnameMay) while (j > 0 && isNonName(tokens[j - 1]?.word ?? "")) j--;
  let i = j;
  // ("President Hassan Sheikh Mohamud": an honorific between two name words is a name word.)
  const inName = (k: number): boolean =>
    HONORIFICS.has(tokens[k]?.word ?? "") &&
    /^\p{Lu}/u.test(tokens[k - 1]?.word ?? "") &&
    !isNonName(tokens[k - 1]?.word ?? "");
  while (
    i > 0 &&
    ((surnameMay && i === j) || !isNonName(tokens[i - 1]?.word ?? "") || inName(i - 1)) &&
    !isInstitutional(tokens[i - 1]?.word ?? "")
  )
    i--;
  while (i < j && /^\p{Ll}+$/u.test(tokens[i]?.word ?? "")) i++;
  // ("Tan Sri Abang Johari", "Dato' Sri Zambry": a courtesy title opening the run is no part of the name.)
  const courtesy = COURTESY_RUN.exec(
    tokens
      .slice(i, j)
      .map((t) => t.word)
      .join(" "),
  );
  if (courtesy && j - i > 2) i += courtesy[0].trim().split(/\s+/).length;
  // (The run may open after the courtesy title's first word: "Dato’ Sri Zambry".)
  else if (i === 0 && j > 2 && /^S(?:e)?ri$/.test(tokens[0]?.word ?? "") && /Dat(?:o|uk)['’]?\s$/.test(lead))
    i++;
  // "EAM Jaishankar", "NSA Doval": an acronym title before the name is no part of it.
  while (i < j - 1 && /^\p{Lu}{2,5}$/u.test(tokens[i]?.word ?? "")) i++;
  // "Vice Premier He Lifeng": a surname that is also a pronoun, kept after a title.
  if (i >= 2 && tokens[i - 1]?.word === "He" && ROLE_WORDS.has((tokens[i - 2]?.word ?? "").toLowerCase()))
    i--;
  // "West African", "Eastern Mediterranean": a region, not a person.
  if (REGION_WORD.test(tokens[i]?.word ?? "")) return null;
  // ("China-India Boundary Question": a run after two states' joined names is the name of their matter.)
  const joined = tokens[i - 1]?.word ?? "";
  if (joined.includes("-") && joined.split("-").every((part) => countryOf(part) !== null)) return null;
  // "the UN in Vienna Mikhail Ulyanov": a city after "in" before a full name is where, not who.
  if (i === 0 && j >= 3 && /\b(?:in|at)\s$/.test(lead) && lookupCity(tokens[0]?.word ?? "")) i++;
  // "of the Red Cross", "the Peaceful Reunification of the Country": "the" right before the name opens an
  // institution's ("the Foreign Minister Sergei Lavrov" keeps its title first).
  if (i === 0 && /(?:^|[^\p{L}])the\s$/u.test(lead)) return null;
  const kept = tokens.slice(i, j);
  // ("King Hamad Bin Eisa Al Khalifa": the particles of an Arabic name count as no name word of their own.)
  const capitalised = kept.filter(
    (t) =>
      /^\p{Lu}|^[a-z]+-\p{Lu}/u.test(t.word) && !/^(?:Bin|Bint|Binti|Ibn|Al|El|Abu|Ould|Ben)$/.test(t.word),
  ).length;
  if (capitalised < 2 || capitalised > 4) return null;
  if (kept.some((t) => isInstitutional(t.word))) return null;
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return null;
  return { name: run.slice(first.index, last.index + last.word.length), start: offset + first.index };
}
