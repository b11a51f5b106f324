// A person's later mentions: the full name again, and the short forms reports use for it (the surname, a particle-led
// family name, the given names before a patronymic), matched without accents and never inside another's name.
import { escapeRegExp, REPORTING_VERBS, ROLE_WORDS } from "../lexicon/index.js";
import { lookupCity } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Span } from "../types.js";
import { foldAccents, foldedWork } from "./fold.js";
import { isNonName, PARTICLES, REGION_WORD, STOP_WORDS } from "./name-words.js";
import type { PersonRecord } from "./people.js";

const REPORTED_AFTER = new RegExp(`^,?\\s+(?:${[...REPORTING_VERBS].join("|")})\\b`);

const PARTICLE_WORD = new RegExp(`^${PARTICLES}$`);
const PATRONYMIC = /^(?:bin|binti|bint|ibn)$/;

/**
 * Short forms that may refer to the person later, most specific first: the surname; the particle-led family name
 * ("de la Cruz", also capitalised at a sentence start); the given names before a patronymic ("Nur Aisyah" of "Nur
 * Aisyah binti Rahman"); and any other name word of three letters or more, for first surnames ("Castaño" of "Vera
 * Lucía Castaño Mejía"), family names written first ("Ryu" of "Ryu Seong-min"; two letters are enough only
 * there: "Lü" of "Lü Jianxin") and given names used alone ("Tesfaye").
 */
function shortForms(person: PersonRecord): string[] {
  const tokens = person.name.split(/\s+/);
  const forms = [person.surname];
  const particle = tokens.findIndex((t, i) => i > 0 && PARTICLE_WORD.test(t) && !PATRONYMIC.test(t));
  if (particle > 0) {
    const tail = tokens.slice(particle).join(" ");
    forms.push(tail, tail.charAt(0).toUpperCase() + tail.slice(1));
  }
  const patronymic = tokens.findIndex((t) => PATRONYMIC.test(t));
  if (patronymic > 0) forms.push(tokens.slice(0, patronymic).join(" "));
  tokens.forEach((t, i) => {
    // Not a word that is also a nationality, country or role ("Korean" of a misread "Korean Peninsula").
    if (PARTICLE_WORD.test(t) || !/^\p{Lu}/u.test(t) || isNonName(t) || REGION_WORD.test(t)) return;
    if (i === 0 ? t.length >= 2 : t.length >= 3) forms.push(t);
  });
  return [...new Set(forms)].filter((f) => f !== person.name);
}

// ("said Sheikh Abdullah", "President Lourenço": an honorific or title before the name leaves it standing alone.)
const inCapitalisedRun = (work: string, span: Span): boolean => {
  const before = /(\p{Lu}[\p{L}\p{M}’'-]*)\.?[ \t]+$/u.exec(
    work.slice(Math.max(0, span.start - 40), span.start),
  )?.[1];
  const titled = before !== undefined && (STOP_WORDS.has(before) || ROLE_WORDS.has(before.toLowerCase()));
  return (before !== undefined && !titled) || /^[ \t]+\p{Lu}/u.test(work.slice(span.end, span.end + 3));
};

/** Full-name and surname mentions in the body, in text order. */
export function findMentions(doc: ArticleDocument, person: PersonRecord, all: PersonRecord[]): Span[] {
  const out: Span[] = [];
  // Matched without accents: reports and their quotes' attributions spell one name "Lajčak" and "Lajcak".
  const work = foldedWork(doc);
  const re = (s: string) =>
    new RegExp(`(?<![\\p{L}\\p{M}-])${escapeRegExp(foldAccents(s))}(?![\\p{L}\\p{M}-])`, "gu");
  const full = re(person.name);
  full.lastIndex = doc.header.bodyStart;
  for (let m = full.exec(work); m; m = full.exec(work))
    out.push({ start: m.index, end: m.index + m[0].length });
  // A surname shared with another person's full name is ambiguous only inside that name.
  const others = all.filter((p) => p !== person);
  // A form two people share ("Ana" of two Anas) names neither; only the surname keeps its old, narrower check.
  const theirs = new Set(others.flatMap((o) => [o.name, ...shortForms(o)]));
  const forms = shortForms(person)
    .filter((f) => f === person.surname || !theirs.has(f))
    .sort((a, b) => b.length - a.length);
  for (const form of forms) {
    const alias = form !== person.surname;
    const cityName = alias && lookupCity(form) !== undefined;
    const short = re(form);
    short.lastIndex = doc.header.bodyStart;
    for (let m = short.exec(work); m; m = short.exec(work)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const inside = (s: Span) => span.start >= s.start && span.end <= s.end;
      if (out.some(inside) || others.some((o) => o.mentions.some(inside) || inside(o.first))) continue;
      // Beyond the surname, a form counts only standing alone: "Korean" in "North Korean officials" is not a name.
      if (alias && inCapitalisedRun(doc.work, span)) continue;
      // A form that is also a city ("Urdaneta") names the person only as the subject of a reporting verb.
      if (cityName && !REPORTED_AFTER.test(doc.work.slice(span.end, span.end + 30))) continue;
      out.push(span);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
