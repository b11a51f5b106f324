import { capitalOf, type PlaceMention } from "../mentions/places.js";

// A report filed from a capital names its own government without the state: "ISLAMABAD: … Prime Minister Imran
// Khan received the crown prince", "Skopje (MIA) - … Prime Minister Zoran Zaev". Visitors are the ones given a state
// ("Saudi Crown Prince", "Fiji's Prime Minister"), which the roles stage has read already.

/** Offices of a state's government, which belong to one state. */
export const GOVERNMENT_OFFICE =
  /^(?:Former\s+)?(?:President|Vice President|Prime Minister|Deputy Prime Minister|(?:[\p{L}-]+\s+){0,3}Minister(?:\s+of\s+[\p{L}\s]+)?|Foreign Secretary|Chief Adviser|Foreign Adviser|Speaker|King|Emir|Crown Prince|Spokesman|Spokesperson)$/u;

/** The state of the capital a report is datelined in (its dateline's place), else null. */
export function homeState(place: PlaceMention | null): string | null {
  return place && capitalOf(place.country)?.city === place.city ? place.country : null;
}
