import { slugify } from "../ids.js";
import type { Venue } from "./vicinity.js";

// Hosts are not sides: reports name the venue's own country beside the negotiating sides ("Singapore" at the
// Singapore summit, "Belgium" at Brussels talks), so two meetings in one country share it whatever they are about.

/** The sides (participant ids) of a meeting or report at `venue` that tell it apart: all but the venue's country. */
export function tellingSides(sides: Iterable<string>, venue: Venue): Set<string> {
  const host = slugify(venue.country);
  return new Set([...sides].filter((s) => s !== host));
}

/** Two sets of sides disagree when each names a side that tells it apart and they share none of them. */
export function sidesDisagree(a: Iterable<string>, b: Iterable<string>, venue: Venue): boolean {
  const ours = tellingSides(a, venue);
  const theirs = tellingSides(b, venue);
  return ours.size > 0 && theirs.size > 0 && ![...ours].some((s) => theirs.has(s));
}
