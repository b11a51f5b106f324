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
