import type { PersonRecord } from "../coreference/people.js";
import { NAME_WORDS, ORGANIZATION_NAMES, ROLE_WORDS } from "../lexicon/index.js";
import { countryOf } from "../mentions/places.js";
import type { PersonProfile } from "./roles.js";

// "Pakistan's Foreign Minister Shah Mahmood Qureshi, Planning Minister Asad Umar and Adviser on Commerce Razzak
// Dawood", "US Secretary of State Mike Pompeo and Secretary of Defence James Mattis": a delegation is listed with its
// state once, before the first member; the members after it whose titles name no state are of the same one.

// Between two listed people: a comma or "and", then only the next member's title (capitalised words and the small
// words of titles), nothing that could be a clause.
const LISTED_TITLE = /^(?:,\s*(?:and\s+)?|\s+and\s+)((?:(?:\p{Lu}[\p{L}’'-]*|of|for|on|the|and)\s+){1,7})$/u;

const HEADS =
  /\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Leader|Chairman|Monarch|Crown\s+Prince|Secretary-General)\b/i;

/** Fills the state of listed members from the member before them, as `profiles` (one per record) says it. */
export function inheritListedStates(work: string, records: PersonRecord[], profiles: PersonProfile[]): void {
  const order = records.map((r, i) => ({ r, i })).sort((a, b) => a.r.first.start - b.r.first.start);
  for (let k = 1; k < order.length; k++) {
    const cur = order[k];
    const prev = order[k - 1];
    if (!cur || !prev) continue;
    const mine = profiles[cur.i];
    const theirs = profiles[prev.i];
    if (!mine || !theirs || mine.affiliation || !theirs.affiliation || !mine.role) continue;
    // ("President Putin and President Erdogan", "leader Kim Jong Un and President Xi Jinping": one state has one holder
    // of an office, and the heads of two states are often listed together; a delegation lists ministers and aides.)
    // ("Icelandic President A and Prime Minister B": a state's president and head of government are listed together.)
    const executive =
      /^(?:President|Prime Minister)$/.test(mine.role) &&
      /^(?:President|Prime Minister)$/.test(theirs.role ?? "");
    if (mine.role === theirs.role || (HEADS.test(mine.role) && !executive)) continue;
    // (Only a state passes down a list: an office's name taken for an affiliation does not.)
    if (!countryOf(theirs.affiliation)) continue;
    const title = LISTED_TITLE.exec(work.slice(prev.r.first.end, cur.r.first.start))?.[1] ?? "";
    if (!title || title.split(/\s+/).some((w) => w && countryOf(w))) continue;
    mine.affiliation = theirs.affiliation;
  }
}

// An office's words taken for a side ("Minister of Transport" → "Transport", "the External Affairs Ministry", "PM"):
// no state, organisation or movement is named by them.
const OFFICE_WORDS = new Set([
  ...ROLE_WORDS,
  ...NAME_WORDS.portfolioWords.map((w) => w.toLowerCase()),
  ...NAME_WORDS.religiousHonorifics.map((w) => w.toLowerCase()),
  "ministry",
  "government",
  "office",
  "hon",
  "rt",
  "baroness",
  "policy",
  "civic",
  "home",
  "external",
]);

/** Drops an affiliation that is only an office's words, where a title's "of …" was read as the side. */
export function dropOfficeAffiliations(profiles: PersonProfile[]): void {
  for (const p of profiles) {
    const words = p.affiliation?.toLowerCase().split(/[\s-]+/) ?? [];
    if (
      p.affiliation &&
      !countryOf(p.affiliation) &&
      !ORGANIZATION_NAMES.has(p.affiliation) &&
      words.every((w) => OFFICE_WORDS.has(w))
    )
      p.affiliation = null;
  }
}
