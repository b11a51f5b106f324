import { MONTHS, WEEKDAYS } from "../lexicon/index.js";

// Capitalised words that are no city where the gazetteer has one of that name, and words that name a building or a
// gathering after a city ("Istanbul Convention Center", "Doha Forum").

export const NOT_CITY = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  // An island reports name as a venue, not the small Indian town of that name.
  "Bali",
  // Compass words name regions ("Central Asia", "East Africa") before they name a town.
  "Central",
  "North",
  "South",
  "East",
  "West",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Union",
  "President",
  "Minister",
  "Agency",
  "Deputy",
  "Front",
  "Forces",
  // English words that are also towns somewhere ("As is custom …" is not Ås, "Summit" not Summit, New Jersey).
  "As",
  "An",
  "Of",
  "So",
  "Most",
  "Can",
  "Unity",
  "Independence",
  "Liberty",
  "Summit",
  "Sale",
  "Mobile",
  "Reading",
  "Concord",
]);
export const FACILITY_WORDS = new Set([
  "Convention",
  "Centre",
  "Center",
  "International",
  "Airport",
  "Palace",
  "Hotel",
  "House",
  "Hall",
  "Forum",
  "Summit",
  "Conference",
  "Dialogue",
  "Meeting",
  "Talks",
  "Consultations",
  "Round",
  "Congress",
  "Castle",
  "Park",
  "Plaza",
  "Complex",
  // "the Brest Region of Belarus": the region around the city, which reports use for the city's venue.
  "Region",
  "Oblast",
]);

// Place names carry lower-case particles: "Dar es Salaam", "Rio de Janeiro", "Ras al-Khaimah", "Deir ez-Zor",
// "Sharm el-Sheikh". A name run takes them between its capitalised words.
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*`;
const HYPHENED_PARTICLE = String.raw`(?:al|el|ez|es|ed|ad|ar|as|ash|at|an|ul|ud|[AE]l|Ash|Ez|Es)-\p{L}[\p{L}\p{M}]*`;
const PARTICLE = "(?:de|da|do|dos|das|del|di|du|la|le|es|al|el)";
/** One more word of a place name after its first: a capitalised word, "al-Khaimah", or "es Salaam". */
export const NAME_CONTINUATION = String.raw`[^\S\n]+(?:${PARTICLE}[^\S\n]+${NAME_WORD}|${HYPHENED_PARTICLE}|${NAME_WORD})`;
/** A capitalised run of up to three name words, particles included. */
export const NAME_RUN = `${NAME_WORD}(?:${NAME_CONTINUATION}){0,2}`;
