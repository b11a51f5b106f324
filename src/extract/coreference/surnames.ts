import { lookupCity } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import { tagSpan } from "../structure/tokens.js";
import { isInstitutional, isNonName, ORG_ALIASES } from "./name-words.js";
import type { PersonRecord } from "./people.js";

// People a report names by surname alone ("Macron said", "Tsipras and Zaev signed"), never with a full name: a
// single capitalised word that speaks or meets, tagged a proper noun, and no place, state, organisation or known word.

const SPEAKS_OR_MEETS =
  /(?<![\p{L}\p{M}’'-])(\p{Lu}\p{Ll}[\p{L}\p{M}’']*\p{L})(?=,?\s+(?:said|says|told|added|stressed|noted|insisted|warned|explained|replied|met|signed|welcomed|hosted)\b)/gu;

/** Adds surname-only people not already part of a person's name; returns nothing. */
export function addSurnameOnly(doc: ArticleDocument, people: PersonRecord[]): void {
  const { work } = doc;
  const known = new Set(people.flatMap((p) => p.name.split(/\s+/)));
  SPEAKS_OR_MEETS.lastIndex = doc.header.bodyStart;
  for (let m = SPEAKS_OR_MEETS.exec(work); m; m = SPEAKS_OR_MEETS.exec(work)) {
    const word = m[1] ?? "";
    const start = m.index;
    if (known.has(word) || people.some((p) => p.name === word)) continue;
    if (isNonName(word) || isInstitutional(word) || ORG_ALIASES.has(word) || lookupCity(word)) continue;
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
    people.push({
      name: word,
      surname: word,
      rule: "surname-only",
      first: { start, end: start + word.length },
      mentions: [],
    });
    known.add(word);
  }
}
