import { escapeRegExp } from "../lexicon/index.js";
import { capitalOf, type PlaceMention } from "../mentions/places.js";
import type { PersonProfile } from "./roles.js";

// A report filed from a capital names its own government without the state: "ISLAMABAD: … Prime Minister Imran
// Khan received the crown prince", "Skopje (MIA) - … Prime Minister Zoran Zaev". Visitors are the ones given a state
// ("Saudi Crown Prince", "Fiji's Prime Minister"), which the roles stage has read already.

const OFFICE =
  "(?:President|Vice[ -]President|Prime Minister|Deputy Prime Minister|(?:[\\p{L}-]+\\s+){0,3}Minister(?:\\s+(?:of|for)\\s+[\\p{L}\\s]+)?|Foreign Secretary|Chief Adviser|Foreign Adviser|Speaker|King|Emir|Amir|Sultan|Crown Prince|Spokesman|Spokesperson|General Secretary|State Councilor|Premier)";
/** Offices of a state's government, which belong to one state (two of them held together too). */
export const GOVERNMENT_OFFICE = new RegExp(`^(?:Former\\s+)?${OFFICE}(?:\\s+and\\s+${OFFICE})?$`, "u");

/** The state of the capital a report is datelined in (its dateline's place), else null. */
export function homeState(place: PlaceMention | null): string | null {
  return place && capitalOf(place.country)?.city === place.city ? place.country : null;
}

/**
 * A side read from its adjective ("South Ossetian leader") is named as the article names the region ("South Ossetia"),
 * as annotators and readers name it; an adjective the article never turns into a name stays as written.
 */
export function sideName(work: string, side: string): string {
  if (!/ian$/.test(side)) return side;
  const region = side.slice(0, -1);
  return new RegExp(`(?<![\\p{L}-])${escapeRegExp(region)}(?![\\p{L}-])`, "u").test(work) ? region : side;
}

/** The states a report names, with how often, the most named first. */
function statesByMentions(entities: { kind: string; name: string }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.kind === "country") counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * A government's office with no state, in a report that names one state three times or more and any other at most
 * once ("President Irfaan Ali" in a release of Guyana's presidency naming Guyana five times): that state's office.
 */
export function inheritDominantState(
  entities: { kind: string; name: string }[],
  profiles: PersonProfile[],
): void {
  const [first, second] = statesByMentions(entities);
  if (!first || first[1] < 3 || (second && second[1] > 1)) return;
  for (const profile of profiles)
    if (!profile.affiliation && profile.role && GOVERNMENT_OFFICE.test(profile.role))
      profile.affiliation = first[0];
}

/**
 * In a report of two states, a government office with no state whose holder on one side the report names already
 * ("Chinese President Xi Jinping" … "President Lula"): the other side's office, as a counterpart's is.
 */
export function inheritOtherSide(
  entities: { kind: string; name: string }[],
  profiles: PersonProfile[],
): void {
  const [first, second, third] = statesByMentions(entities);
  if (!first || !second || second[1] < 2 || (third && third[1] > 1)) return;
  const sides = [first[0], second[0]];
  const office = (role: string) => role.replace(/^Former\s+/, "");
  for (const profile of profiles) {
    if (profile.affiliation || !profile.role || !GOVERNMENT_OFFICE.test(profile.role)) continue;
    const role = profile.role;
    const held = new Set(
      profiles
        .filter((p) => p !== profile && p.role && office(p.role) === office(role) && p.affiliation)
        .map((p) => p.affiliation),
    );
    // (Not a side whose own officers the report has named already: a third state's president at a summit of two.)
    const open = sides.filter((s) => !held.has(s) && !profiles.some((p) => p.affiliation === s));
    if (open.length === 1 && held.size === 1 && sides.some((s) => held.has(s)))
      profile.affiliation = open[0] ?? null;
  }
}
