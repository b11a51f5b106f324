import type { PersonRecord } from "../coreference/people.js";
import { ORGANIZATION_NAMES } from "../lexicon/index.js";
import { countryOf } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { PersonProfile } from "./roles.js";

// "Travelling with him will be Sabah Chief Minister X, Foreign Minister Y and …", "PM Khan’s delegation includes
// Foreign Minister X, Adviser Y …", "Led by Chairman X, the delegation included other key leaders, among them Y and Z",
// "the Israeli delegation, joined by intelligence chief X": the members listed with a leader are of the leader's side,
// whatever the dateline's state is.

// (Group 1: a leader named by possession; group 2: "the delegation", whose leader the same sentence names.)
const LEADER_CUE =
  /\b(?:[Tt]ravell?ing\s+with\s+(?:him|her)|[Aa]ccompanying\s+(?:him|her)|(?:(\p{Lu}[\p{L}-]+)[’']s|[Hh]is|[Hh]er|([Tt]he))\s+delegation)\s+(?:(?:are|were|will\s+be|is|was)\b|(?:also\s+)?(?:includes|included|will\s+include|comprises|comprised|consists\s+of|consisted\s+of)\b)|\baccompanied\s+by\b|\b(?:delegation|team|side),\s+joined\s+by\b/u;

/** Fills the side of each person listed after a delegation cue from the delegation's leader. */
export function inheritDelegationStates(
  doc: ArticleDocument,
  records: PersonRecord[],
  profiles: PersonProfile[],
): void {
  const { work } = doc;
  const sideOf = (p: PersonRecord | undefined) => (p ? profiles[records.indexOf(p)]?.affiliation : null);
  doc.sentences.forEach((sentence, index) => {
    const cue = LEADER_CUE.exec(work.slice(sentence.start, sentence.end));
    if (!cue) return;
    const cueStart = sentence.start + (cue.index ?? 0);
    const cueEnd = cueStart + cue[0].length;
    // The leader: the one whose name owns the delegation, else the last person named before the cue in this
    // sentence or the one before it.
    const from = cue[2] ? sentence.start : (doc.sentences[index - 1]?.start ?? sentence.start);
    const before = records
      .flatMap((p) => p.mentions.filter((m) => m.end <= cueStart && m.start >= from).map((m) => ({ p, m })))
      .sort((a, b) => b.m.start - a.m.start);
    const leader = cue[1]
      ? records.find((p) => p.surname === cue[1] || p.name === cue[1])
      : before.find(({ p }) => sideOf(p))?.p;
    const side = sideOf(leader);
    // (Only a state or organisation passes to the members: "PM" read from "PM Khan's" does not.)
    if (!leader || !side || !(countryOf(side) || ORGANIZATION_NAMES.has(side))) return;
    records.forEach((p, i) => {
      const profile = profiles[i];
      if (!profile || profile.affiliation || p === leader) return;
      if (p.mentions.some((m) => m.start >= cueEnd && m.end <= sentence.end)) profile.affiliation = side;
    });
  });
}
