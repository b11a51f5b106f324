import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

/** Every key a city filter may name → all the keys of its city, the city's own first (one array per city, shared). */
let keysOf: Map<string, readonly string[]> | undefined;

/**
 * Read with `readFileSync`, not `require`: a required JSON file stays in the module cache for the life of the process,
 * and the parsed file (35k names, each an array of two strings) was a quarter of a reading server's live heap, which
 * every full collection marks. Only the index is kept.
 */
function buildIndex(): Map<string, readonly string[]> {
  const file = fileURLToPath(new URL("../extract/lexicon/city-alternates.json", import.meta.url));
  const { names } = JSON.parse(readFileSync(file, "utf8")) as Alternates;
  const entries = Object.entries(names).map(([alternate, [city]]) => [slugify(alternate), slugify(city)]);
  const index = new Map<string, string[]>();
  for (const [alias, key] of entries as [string, string][]) {
    const keys = index.get(key) ?? [key];
    if (keys.length === 1) index.set(key, keys);
    keys.push(alias);
  }
  // A name is first the alias of the city it names (the last listed), then a city's own key.
  const cities = new Map(index);
  for (const [alias, key] of entries as [string, string][]) index.set(alias, cities.get(key) as string[]);
  return index;
}

/**
 * The city keys (slugs, as stored in `meetings.city_key`) a city filter matches: the name as given, and every
 * name of the city it most likely means. `geneve`, `Genève`, `Genf` → geneva, geneve, genf, ginevra, …
 */
export function cityKeys(city: string): string[] {
  const key = slugify(city);
  keysOf ??= buildIndex();
  const keys = keysOf.get(key) ?? [key];
  return [...new Set([key, ...keys])];
}
