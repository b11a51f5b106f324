import { createRequire } from "node:module";
import { slugify } from "../ids.js";

/**
 * The names a city goes by, so a venue filter matches the names researchers write: Genève and Genf for Geneva, Wien
 * for Vienna, Bruxelles for Brussels, Gomel for Homyel'. The names come from GeoNames (`cities1000`), derived by
 * `npm run data:places` into the extractor's lexicon, so the filter and the extractor know the same spellings:
 * Latin-script names of capitals and cities of 50,000 or more, each naming one city (read once, ~35k names).
 */
interface Alternates {
  names: Record<string, [city: string, country: string]>;
}

let namesOf: Map<string, string[]> | undefined;
let cityOf: Map<string, string> | undefined;

function buildIndex(): void {
  const { names } = createRequire(import.meta.url)("../extract/lexicon/city-alternates.json") as Alternates;
  namesOf = new Map();
  cityOf = new Map();
  for (const [alternate, [city]] of Object.entries(names)) {
    const key = slugify(city);
    const alias = slugify(alternate);
    cityOf.set(alias, key);
    namesOf.set(key, [...(namesOf.get(key) ?? [key]), alias]);
  }
}

/**
 * The city keys (slugs, as stored in `meetings.city_key`) a city filter matches: the name as given, and every
 * name of the city it most likely means. `geneve`, `Genève`, `Genf` → geneva, geneve, genf, ginevra, …
 */
export function cityKeys(city: string): string[] {
  const key = slugify(city);
  if (!namesOf || !cityOf) buildIndex();
  const canonical = cityOf?.get(key) ?? key;
  const keys = namesOf?.get(canonical) ?? [canonical];
  return [...new Set([key, canonical, ...keys])];
}
