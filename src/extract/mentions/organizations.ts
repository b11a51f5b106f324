import { alternation, COUNTRY_ALIASES, DEMONYMS, NATIONAL_BODIES, ORGANIZATIONS } from "../lexicon/index.js";
import type { Span } from "../types.js";
import { countryOf } from "./places.js";

export interface EntityMention extends Span {
  /** Canonical name: "European Union", "IAEA", "Russia". */
  name: string;
  kind: "organization" | "country" | "national-body" | "group";
}

const ALIAS_TO_ORG = new Map<string, string>();
for (const org of ORGANIZATIONS) for (const alias of org.aliases) ALIAS_TO_ORG.set(alias, org.name);
const BODY_TO_COUNTRY = new Map(NATIONAL_BODIES.map((b) => [b.alias, b.country]));

let orgRe: RegExp | null = null;

/** An organisation's alias or a national body's name ("UN", "IAEA", "Kremlin"). */
export const isOrganizationWord = (word: string): boolean =>
  ALIAS_TO_ORG.has(word) || BODY_TO_COUNTRY.has(word);
let countryRe: RegExp | null = null;
const DEFINED_ACRONYM = /((?:\p{Lu}[\p{L}’']*\s+){1,6}\p{Lu}[\p{L}]*)\s+\((\p{Lu}{2,6})\)/gu;

/** International organisations (canonical names from the lexicon) and national bodies ("State Department"). */
export function findOrganizations(work: string, from: number): EntityMention[] {
  orgRe ??= new RegExp(
    `(?<![\\p{L}-])(${alternation([...ALIAS_TO_ORG.keys(), ...BODY_TO_COUNTRY.keys()])})(?![\\p{L}])`,
    "gu",
  );
  const out: EntityMention[] = [];
  orgRe.lastIndex = from;
  for (let m = orgRe.exec(work); m; m = orgRe.exec(work)) {
    const alias = m[1] ?? "";
    const org = ALIAS_TO_ORG.get(alias);
    const country = BODY_TO_COUNTRY.get(alias);
    if (org) out.push({ start: m.index, end: m.index + alias.length, name: org, kind: "organization" });
    else if (country)
      out.push({ start: m.index, end: m.index + alias.length, name: country, kind: "national-body" });
  }
  return out;
}

/** Country names, aliases and demonyms ("Russian" → Russia). */
export function findCountries(work: string, from: number, countryNames: string[]): EntityMention[] {
  countryRe ??= new RegExp(
    `(?<![\\p{L}-])(${alternation([...countryNames, ...Object.keys(COUNTRY_ALIASES), ...Object.keys(DEMONYMS)])})(?![\\p{L}])`,
    "gu",
  );
  const out: EntityMention[] = [];
  countryRe.lastIndex = from;
  for (let m = countryRe.exec(work); m; m = countryRe.exec(work)) {
    const word = m[1] ?? "";
    const country = countryOf(word);
    if (country) out.push({ start: m.index, end: m.index + word.length, name: country, kind: "country" });
  }
  return out;
}

/** Groups the text defines with an acronym: "Rapid Support Forces (RSF)"; short names are kept, long ones abbreviated. */
export function findDefinedGroups(work: string, from: number): Map<string, string> {
  const out = new Map<string, string>();
  DEFINED_ACRONYM.lastIndex = from;
  for (let m = DEFINED_ACRONYM.exec(work); m; m = DEFINED_ACRONYM.exec(work)) {
    const long = (m[1] ?? "").replace(/^(?:The|the)\s+/, "").trim();
    const acronym = m[2] ?? "";
    if (ALIAS_TO_ORG.has(acronym)) continue;
    // Long names are referred to by their acronym ("TPLF"); names of up to three words by the name itself.
    out.set(acronym, long.split(/\s+/).length <= 3 ? long : acronym);
  }
  return out;
}
