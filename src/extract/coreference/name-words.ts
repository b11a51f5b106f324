import {
  COUNTRY_ALIASES,
  DEMONYMS,
  MONTHS,
  NAME_WORDS,
  ORGANIZATIONS,
  ROLE_WORDS,
  WEEKDAYS,
} from "../lexicon/index.js";
import { countryOf } from "../mentions/places.js";

// Which capitalised words can be part of a person's name, and which make a run something else.

// Words that make a capitalised run an organisation, document or event rather than a person; words no name begins with.
export const INSTITUTION_WORDS = new Set(NAME_WORDS.institutionWords);
// ("Minister of Public Works and Transport Bounchanh Sinthavong": a portfolio's last word runs into the name.)
export const STOP_WORDS = new Set([
  ...NAME_WORDS.stopWords,
  ...NAME_WORDS.religiousHonorifics,
  ...NAME_WORDS.portfolioWords,
  ...MONTHS,
  ...WEEKDAYS,
]);
export const ORG_ALIASES = new Set(ORGANIZATIONS.flatMap((o) => o.aliases));

export const isNonName = (w: string): boolean =>
  STOP_WORDS.has(w) ||
  ROLE_WORDS.has(w.toLowerCase()) ||
  // "Presidents Joe Biden and Vladimir Putin": a plural title.
  (/s$/.test(w) && ROLE_WORDS.has(w.toLowerCase().slice(0, -1))) ||
  // "Secretary-General", "Vice-President": every part a role word.
  (w.includes("-") &&
    w
      .toLowerCase()
      .split("-")
      .every((part) => ROLE_WORDS.has(part))) ||
  ORG_ALIASES.has(w) ||
  w in DEMONYMS ||
  w in COUNTRY_ALIASES ||
  // ("Japan-South Korea", "India-Sri Lanka": two states joined, a relation's name.)
  (w.includes("-") && w.split("-").some((part) => countryOf(part) !== null)) ||
  // ("Southeast Asian", "Two South Korean", "All YPG": a continent's adjective or a count is no name word.)
  /^(?:Asian|African|European|American|Arab|Latin|Nordic|Baltic|Balkan|Caribbean|Pacific|Two|Three|Four|Five|Several|Many|All|Some|Most)$/.test(
    w,
  ) ||
  /[’']s$/.test(w) ||
  countryOf(w) !== null;

// Compass and relief words make a capitalised pair a region ("South Kivu", "Upper Nile"), not a person.
export const REGION_WORD =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|New|Middle|Far|Horn|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern)$/;

/** "Union", "Forces", "Union-led", "United Nations-convened": words of organisations and events, not people. */
export const isInstitutional = (word: string): boolean =>
  /-(?:led|convened|brokered|backed|based|sponsored|mediated|hosted|majority|dominated|speaking|held|occupied|controlled)$/i.test(
    word,
  ) || word.split("-").some((part) => INSTITUTION_WORDS.has(part) || ORG_ALIASES.has(part));

/** Lower-case words inside a name ("Abdullah bin Zayed", "Ursula von der Leyen"), as a regex alternation. */
export const PARTICLES = "(?:bin|binti|bint|ibn|al|el|de|del|der|van|von|da|dos|du|la|le|di)";
