import type { MeetingDraft } from "../events/meetings.js";
import { hasMeetingTrigger } from "../events/triggers.js";
import type { EntityMention } from "../mentions/organizations.js";
import { countryOf, type PlaceMention } from "../mentions/places.js";
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

/** What the parties stage reads besides the document. */
export interface PartyContext {
  entities: EntityMention[];
  /** The affiliation of the person named last before an offset. */
  personAffiliation: (offset: number) => string | null;
  /** State affiliations of the people named inside a span, in text order. */
  affiliationsIn: (span: Span) => string[];
  headlineSides: string[];
}

// "talks between Armenia and Azerbaijan", "negotiations between the government and the TPLF".
const BETWEEN = /\bbetween\s+/g;
// "Armenia-Azerbaijan peace talks", "Russian-Ukrainian negotiations".
const PAIR_TALKS =
  /\b(\p{Lu}[\p{L}]+)[-–](\p{Lu}[\p{L}]+)\s+(?:(?:peace|border|security|trade|normalization|normalisation|direct|bilateral)\s+)?(?:talks|negotiations|dialogue|summit|meeting)\b/u;

/**
 * Negotiating sides, most specific evidence first: "talks between X and Y" or "X met Y" in the meeting's own words;
 * the states of the people it names as meeting; the sides the article names for its talks; the headline's sides.
 * Organisations convene or mediate, and a host is no side when two others are named.
 */
export function meetingParties(doc: ArticleDocument, m: MeetingDraft, ctx: PartyContext): string[] {
  const { entities } = ctx;
  const sides = (found: (string | null | undefined)[]): string[] => {
    const states = [...new Set(found.filter((x): x is string => !!x))].filter(
      (x) => !entities.some((e) => e.kind === "organization" && e.name === x),
    );
    const withoutHost = states.filter((x) => x !== m.country);
    return withoutHost.length >= 2 ? withoutHost : states;
  };
  for (const region of m.regions) {
    const between = pairAfter(doc, region, entities, BETWEEN);
    if (between.length === 2) return sides(between);
    const text = doc.work.slice(region.start, region.end);
    // "X met Y", "X will hold a meeting with Y": the two sides of this meeting.
    const verb = /\b(?:met(?:\s+with)?|(?:meeting|talks|session|round)\s+with)\s+/.exec(text);
    if (!verb) continue;
    const verbAt = region.start + verb.index;
    const subject =
      entities.filter((e) => e.start >= region.start && e.end <= verbAt && e.kind !== "national-body").pop()
        ?.name ?? ctx.personAffiliation(verbAt);
    const afterVerb = verbAt + verb[0].length;
    const object = entities.find((e) => e.start >= afterVerb && e.start - afterVerb < 30)?.name;
    if (subject && object && subject !== object) return sides([subject, object]);
  }
  // "Pashinyan and Aliyev will meet again on June 1": the states of the people the meeting's words name.
  const named = sides(m.regions.flatMap((r) => ctx.affiliationsIn(r)));
  if (named.length >= 2) return named;
  const article = articleSides(doc, entities);
  if (article.length === 2) return sides(article);
  return sides(ctx.headlineSides);
}

/** The two sides after "between" in a span: entities or, failing that, nothing. */
function pairAfter(doc: ArticleDocument, region: Span, entities: EntityMention[], re: RegExp): string[] {
  const text = doc.work.slice(region.start, region.end);
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return [];
  const from = region.start + m.index + m[0].length;
  const near = entities.filter((e) => e.start >= from && e.start - from < 60 && e.kind !== "national-body");
  const first = near[0];
  const second = near.find(
    (e) => first && e.name !== first.name && /\band\b/.test(doc.work.slice(first.end, e.start)),
  );
  return first && second ? [first.name, second.name] : [];
}

/** The sides the article names for its talks: "talks between X and Y", "X-Y peace talks", used for every meeting. */
function articleSides(doc: ArticleDocument, entities: EntityMention[]): string[] {
  const body = { start: doc.header.bodyStart, end: doc.work.length };
  for (const s of doc.sentences) {
    if (!hasMeetingTrigger(doc.work, s)) continue;
    const pair = pairAfter(doc, s, entities, BETWEEN);
    if (pair.length === 2) return pair;
  }
  const m = PAIR_TALKS.exec(doc.work.slice(body.start));
  if (!m) return [];
  const names = [m[1], m[2]].map((w) => countryOf(w ?? ""));
  return names.every(Boolean) ? (names as string[]) : [];
}
