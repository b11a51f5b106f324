import { escapeRegExp, NAME_WORDS, ROLE_TITLES, ROLE_WORDS } from "../lexicon/index.js";
import { countryOf, fold, lookupCity } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import { tagSpan } from "../structure/tokens.js";
import { isInstitutional, isNonName, ORG_ALIASES } from "./name-words.js";
import type { PersonRecord } from "./people.js";

// People a report names by surname alone ("Macron said", "Tsipras and Zaev signed"), never with a full name: a
// single capitalised word that speaks or meets, tagged a proper noun, and no place, state, organisation or known word.

const SPEAKS_OR_MEETS =
  /(?<![\p{L}\p{M}’'-])(\p{Lu}\p{Ll}[\p{L}\p{M}’']*\p{L})(?=,?\s+(?:said|says|told|added|stressed|noted|insisted|warned|explained|replied|declared|underlined|emphasised|emphasized|announced|met|signed|welcomed|hosted)\b)/gu;

// "a working dinner with Chancellor Merkel", "President Hollande": a title before a lone surname.
let titledSurname: RegExp | null = null;
const TITLED_SURNAME = (): RegExp => {
  titledSurname ??= new RegExp(
    `\\b(?:${[...ROLE_TITLES]
      .filter((t) => /^\p{Lu}/u.test(t))
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join(
        "|",
      )})\\s+(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*\\p{Ll})(?:[’']s)?(?![\\p{L}\\p{M}’'-]|\\s+\\p{Lu}|\\s+(?:bin|ibn|al|el|de|van|von|da|di)\\b)`,
    "gu",
  );
  return titledSurname;
};

// A word that names no one: a stop or institution word, an organisation's short name, a city.
// ("Prime Minister Hon. Manasseh Sogavare": a courtesy title is no surname.)
const namesNoOne = (word: string): boolean =>
  isNonName(word) ||
  isInstitutional(word) ||
  ORG_ALIASES.has(word) ||
  lookupCity(word) !== undefined ||
  COURTESY_WORDS.has(word);
const COURTESY_WORDS = new Set(NAME_WORDS.courtesyHonorifics.flatMap((h) => h.split(/\s+/)));

/** Adds surname-only people not already part of a person's name; returns nothing. */
export function addSurnameOnly(doc: ArticleDocument, people: PersonRecord[]): void {
  const { work } = doc;
  const known = new Set(people.flatMap((p) => p.name.split(/\s+/)));
  const add = (word: string, start: number) => {
    people.push({
      name: word,
      surname: word,
      rule: "surname-only",
      first: { start, end: start + word.length },
      mentions: [],
    });
    known.add(word);
  };
  // ("President Sisi" beside "Abdel Fattah El-Sisi", "President Lourenço" beside "Joao Lourenco": one person.)
  const nameParts = new Set(people.flatMap((p) => p.name.split(/[\s-]+/).map(fold)));
  const titled = TITLED_SURNAME();
  titled.lastIndex = doc.header.bodyStart;
  for (let m = titled.exec(work); m; m = titled.exec(work)) {
    const word = m[1] ?? "";
    const start = m.index + m[0].indexOf(word, m[0].length - word.length - 3);
    if (known.has(word) || namesNoOne(word) || countryOf(word)) continue;
    if (ROLE_WORDS.has(word.toLowerCase()) || nameParts.has(fold(word))) continue;
    add(word, start);
  }
  SPEAKS_OR_MEETS.lastIndex = doc.header.bodyStart;
  for (let m = SPEAKS_OR_MEETS.exec(work); m; m = SPEAKS_OR_MEETS.exec(work)) {
    const word = m[1] ?? "";
    const start = m.index;
    if (
      known.has(word) ||
      nameParts.has(fold(word)) ||
      people.some((p) => p.name === word) ||
      namesNoOne(word)
    )
      continue;
    // Alone: not the end of a longer capitalised run ("President Macron" is the title rule's), not "the Kremlin".
    if (/(?:\p{Lu}[\p{L}\p{M}’'.-]*|\bthe)\s+$/u.test(work.slice(Math.max(0, start - 30), start))) continue;
    // Named again elsewhere, as people a report knows by surname are ("Telegram said" once is a channel).
    const times = work
      .slice(doc.header.bodyStart)
      .match(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "gu"));
    if ((times?.length ?? 0) < 2) continue;
    // A word written in lower case elsewhere is a common word ("Officials", "Negotiators").
    if (new RegExp(`\\b${word.toLowerCase()}\\b`).test(work)) continue;
    const sentence = sentenceAt(doc.sentences, start);
    const tag = sentence ? tagSpan(work, sentence).find((t) => t.start === start) : undefined;
    if (tag?.pos !== "PROPN") continue;
    add(word, start);
  }
}
