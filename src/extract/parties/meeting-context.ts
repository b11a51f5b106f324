import type { MeetingDraft } from "../events/meetings.js";
import { hasMeetingTrigger } from "../events/triggers.js";
import type { EntityMention } from "../mentions/organizations.js";
import type { PlaceMention } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Span } from "../types.js";

const within = (s: Span, r: Span): boolean => s.start >= r.start && s.end <= r.end;

/** Undated meeting sentences that name the city of exactly one meeting describe that meeting ("African Union-led talks in Pretoria"). */
export function undatedRegions(
  doc: ArticleDocument,
  meetings: MeetingDraft[],
  places: PlaceMention[],
  index: number,
): Span[] {
  const m = meetings[index];
  if (!m || meetings.filter((o) => o.city === m.city).length !== 1) return [];
  return doc.sentences.filter(
    (s) =>
      !m.evidence.some((e) => e.start === s.start) &&
      hasMeetingTrigger(doc.work, s) &&
      places.some((p) => p.venue && p.city === m.city && within(p, s)),
  );
}

/** Negotiating sides: "X held talks with Y" in the meeting's own words, else the sides the headline names. */
export function meetingParties(
  doc: ArticleDocument,
  m: MeetingDraft,
  entities: EntityMention[],
  personAffiliation: (offset: number) => string | null,
  headlineSides: string[],
): string[] {
  for (const region of m.regions) {
    const text = doc.work.slice(region.start, region.end);
    // "X met Y", "X will hold a meeting with Y": the two sides of this meeting.
    const verb = /\b(?:met(?:\s+with)?|(?:meeting|talks|session|round)\s+with)\s+/.exec(text);
    if (!verb) continue;
    const verbAt = region.start + verb.index;
    const subject =
      entities.filter((e) => e.start >= region.start && e.end <= verbAt && e.kind !== "national-body").pop()
        ?.name ?? personAffiliation(verbAt);
    const afterVerb = verbAt + verb[0].length;
    const object = entities.find((e) => e.start >= afterVerb && e.start - afterVerb < 30)?.name;
    if (subject && object && subject !== object) return [subject, object];
  }
  return headlineSides.filter((s) => s !== m.country);
}
