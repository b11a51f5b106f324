import type { PersonRecord } from "../coreference/people.js";
import { countryOf } from "../mentions/places.js";
import type { PersonProfile } from "./roles.js";
import { headTitle, TITLE_RE } from "./titles.js";

// One plural title over a list of states and a list of people, paired in order: "the foreign ministers of Russia and
// Turkey, Sergey Lavrov and Mevlüt Çavuşoğlu", "the Armenian and Azerbaijani foreign ministers, Ararat Mirzoyan and
// Jeyhun Bayramov", "Tomomi Inada and Sergei Shoigu, the defense ministers of Japan and Russia", "The foreign
// ministers of Azerbaijan, Türkiye, and Georgia - A, B, and C".

const STATE = String.raw`(?!The\b)\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,2}`;
const STATES = String.raw`${STATE}(?:\s*,\s*${STATE})*,?\s+and\s+${STATE}`;
// "the foreign ministers of A and B" (group 1: the plural title, group 2: the states).
const PLURAL =
  "(?:[Mm]inisters|[Pp]residents|[Ll]eaders|[Ee]nvoys|[Nn]egotiators|[Ss]ecretaries|[Pp]remiers|[Cc]hiefs|[Dd]iplomats|[Cc]ounterparts)";
const OF_STATES = new RegExp(
  String.raw`\b((?:\p{L}+\s+){0,3}?${PLURAL})\s+of\s+(?:the\s+)?(${STATES})`,
  "gu",
);
// "the Armenian and Azerbaijani foreign ministers" (group 1: the states, group 2: the plural title).
const STATES_BEFORE = new RegExp(String.raw`\b(${STATES})\s+((?:\p{L}+\s+){0,2}${PLURAL})\b`, "gu");
// What may stand between the title and the names, or between the names.
const JOIN = /^\s*(?:,|[-–—])?\s*$/;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** Splits "Russia and Turkey", "Azerbaijan, Türkiye, and Georgia" into states; null unless every item is one. */
function statesOf(list: string): string[] | null {
  const items = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  const states = items.map((w) => countryOf(w.trim()));
  return states.every((s) => s) ? (states as string[]) : null;
}

/** The people listed right after `at` (or ending right before it), in text order. */
function listedPeople(
  work: string,
  records: PersonRecord[],
  at: number,
  side: "after" | "before",
  n: number,
) {
  const firsts = records
    .flatMap((r) => r.mentions.map((m) => ({ r, m })))
    .sort((a, b) => a.m.start - b.m.start);
  const out: PersonRecord[] = [];
  if (side === "after") {
    let from = at;
    for (const { r, m } of firsts) {
      if (m.start < from) continue;
      const gap = work.slice(from, m.start);
      if (!(out.length === 0 ? JOIN.test(gap) : LIST_GAP.test(gap))) break;
      out.push(r);
      from = m.end;
      if (out.length === n) break;
    }
  } else {
    let to = at;
    for (const { r, m } of [...firsts].reverse()) {
      if (m.end > to) continue;
      const gap = work.slice(m.end, to);
      if (!(out.length === 0 ? /^,\s*(?:the\s+)?$/i.test(gap) : LIST_GAP.test(gap))) break;
      out.unshift(r);
      to = m.start;
      if (out.length === n) break;
    }
  }
  return out.length === n && new Set(out).size === n ? out : [];
}

/** Fills the role and state of people a plural title lists with a list of states, in order. */
export function pairRespectiveTitles(work: string, records: PersonRecord[], profiles: PersonProfile[]): void {
  const assign = (people: PersonRecord[], states: string[], plural: string) => {
    const singular = plural.replace(/ies$/i, "y").replace(/s$/i, "");
    const title = TITLE_RE.test(singular) ? headTitle(`${singular} `) : null;
    people.forEach((person, k) => {
      const profile = profiles[records.indexOf(person)];
      if (!profile) return;
      // (The pairing outranks a state read from the list's words: "Armenian and Azerbaijani" gave both the last.)
      profile.affiliation = states[k] ?? profile.affiliation;
      // ("Minister Lavrov" later: the plural's fuller title, "Foreign Minister", names the same office.)
      if (!profile.role || (title?.endsWith(` ${profile.role}`) ?? false)) profile.role = title;
    });
  };
  for (const m of work.matchAll(OF_STATES)) {
    // ("the foreign ministers of Kazakhstan and Russia Mukhtar Tileuberdi and Sergei Lavrov": the names may follow the
    // last state without a comma, and the capitalised run took them in.)
    let list = m[2] ?? "";
    let states = statesOf(list);
    for (let drop = 0; !states && drop < 2 && /\s\S+$/.test(list); drop++) {
      list = list.replace(/\s+\S+$/, "");
      states = statesOf(list);
    }
    if (!states || states.length < 2) continue;
    const end = (m.index ?? 0) + m[0].length - ((m[2] ?? "").length - list.length);
    const after = listedPeople(work, records, end, "after", states.length);
    const before = after.length ? after : listedPeople(work, records, m.index ?? 0, "before", states.length);
    if (before.length) assign(before, states, m[1] ?? "");
  }
  for (const m of work.matchAll(STATES_BEFORE)) {
    const states = statesOf(m[1] ?? "");
    if (!states || states.length < 2) continue;
    const people = listedPeople(work, records, (m.index ?? 0) + m[0].length, "after", states.length);
    if (people.length) assign(people, states, m[2] ?? "");
  }
}
