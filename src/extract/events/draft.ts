import { addDays, type DateMention } from "../mentions/dates.js";
import type { EntityMention } from "../mentions/organizations.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Sentence } from "../structure/sentences.js";
import type { ExtractedMeeting, Span } from "../types.js";
import { statedLength } from "./spans.js";
import { statusStated } from "./triggers.js";

// The meetings of one article while the event stage builds them: each dated reference is placed into a draft, which
// merges references to the same day and city and widens to stated spans.

/** A meeting under construction, with the text regions that describe it. */
export interface MeetingDraft extends Omit<ExtractedMeeting, "rule" | "confidence"> {
  regions: Span[];
  mentions: DateMention[];
  /** Where its venue came from. */
  rule: VenueRule;
  /** A visit's stated length ("opening a four-day official visit"): the frame of the meetings its days hold. */
  visitFrame?: boolean;
}

// "opening a four-day official visit": a visit's days, not talks' ("two days of talks", "a three-day summit").
const VISIT_ONLY = (text: string): boolean =>
  /\bvisits?\b/i.test(text) &&
  !/\b(?:talks|negotiations|summit|conference|session|round|consultations|forum)\b/i.test(text);

/** Where the venue of a dated meeting reference came from: the rule the meeting's confidence is measured for. */
// (The article's only meeting venue was tried too and dropped: right 1 time in 7 on the development corpus.)
export type VenueRule =
  | "sentence"
  | "country"
  | "nearby"
  | "headline"
  | "dateline"
  | "headline-today"
  | "lede"
  | "quoted"
  | "echo";

/** Another meeting of a draft's day and city, described by its own regions of one sentence. */
export const anotherMeeting = (draft: MeetingDraft, regions: Span[], sentence: Span): MeetingDraft => ({
  ...draft,
  regions,
  mentions: [...draft.mentions],
  evidence: [{ start: sentence.start, end: sentence.end }],
});

export const gap = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);
export const contains = (m: { date: string; endDate: string | null }, date: string): boolean =>
  date >= m.date && date <= (m.endDate ?? m.date);
export const inside = (s: Span, r: Span): boolean => s.start >= r.start && s.end <= r.end;

/**
 * A single day inside another draft's span in the same city is that meeting ("leave for Switzerland on January 9 for
 * three days of talks" … "table a map on January 11" in Geneva), whichever sentence was placed first.
 */
export function absorbContained(drafts: MeetingDraft[]): MeetingDraft[] {
  // A visit's frame that holds meetings of its own days gives way to them; alone it stands for the visit.
  drafts = drafts.filter(
    (h) => !(h.visitFrame && drafts.some((d) => d !== h && d.city === h.city && contains(h, d.date))),
  );
  return drafts.filter((d) => {
    const host = drafts.find(
      (h) => h !== d && h.endDate && !d.endDate && h.city === d.city && contains(h, d.date),
    );
    if (!host) return true;
    host.mentions.push(...d.mentions);
    host.regions.push(...d.regions);
    for (const e of d.evidence) if (!host.evidence.some((x) => x.start === e.start)) host.evidence.push(e);
    return false;
  });
}

/** Places one dated reference: into the draft of its day and city if there is one, else as a new draft. */
export function place(
  meetings: MeetingDraft[],
  doc: ArticleDocument,
  mention: DateMention,
  region: Span,
  sentence: Sentence,
  venue: { city: string; country: string },
  rule: VenueRule,
): void {
  const { city, country } = venue;
  const sentenceText = doc.work.slice(sentence.start, sentence.end);
  const existing = meetings.find(
    (m) =>
      m.city === city &&
      // ("On 9 July, she will meet …" inside a four-day visit: a meeting of that day, not the visit again.)
      !(m.visitFrame && !mention.endDate && !VISIT_ONLY(sentenceText)) &&
      (contains(m, mention.date) ||
        (mention.endDate && contains({ ...m, date: mention.date, endDate: mention.endDate }, m.date))),
  );
  if (existing) {
    // A stated range covering a day already seen ("agreed on Wednesday" … "held from 2 to 4 June") widens the meeting.
    if (mention.endDate) {
      const last = existing.endDate ?? existing.date;
      if (mention.date < existing.date || mention.endDate > last) {
        // ISO dates compare as strings (Math.min/max would not).
        const [first] = [mention.date, existing.date].sort();
        const [, end] = [mention.endDate, last].sort();
        existing.date = first ?? existing.date;
        existing.endDate = end ?? last;
        existing.dateText = mention.text;
        existing.dateCertainty = mention.certainty;
      } else if (!existing.endDate && mention.date === existing.date) existing.endDate = mention.endDate;
    }
    // A span widened past the report's day is still to end: "scheduled" (a stated postponement or cancellation stays).
    const ends = existing.endDate ?? existing.date;
    const byDate = ends <= doc.header.date ? "held" : "scheduled";
    const kept =
      existing.status === "postponed" || existing.status === "cancelled" ? existing.status : byDate;
    existing.status = statusStated(doc.work, sentence, mention) ?? kept;
    addEvidence(existing, mention, region, sentence);
    return;
  }
  // "… talks hosted by Washington ended on Thursday. At the conclusion of talks mediated … for three days, …": the
  // length may come in the next sentence when that one dates nothing of its own.
  const next = doc.sentences.find((s) => s.start >= sentence.end);
  const nextText = next && next.block - sentence.block <= 1 ? doc.work.slice(next.start, next.end) : "";
  const days = mention.endDate
    ? 0
    : statedLength(doc.work.slice(sentence.start, sentence.end)) ||
      (/\b(?:on|since|from|until)\s+\p{Lu}|\d/u.test(nextText) ? 0 : statedLength(nextText));
  const startDate = days < -1 ? addDays(mention.date, days + 1) : mention.date;
  const endDate = days > 1 ? addDays(mention.date, days - 1) : days < -1 ? mention.date : mention.endDate;
  const last = endDate ?? mention.date;
  const stated = statusStated(doc.work, sentence, mention);
  const visitFrame = days > 1 && VISIT_ONLY(sentenceText);
  meetings.push({
    ...(visitFrame ? { visitFrame } : {}),
    date: startDate,
    endDate,
    city,
    country,
    status: stated ?? (last <= doc.header.date ? "held" : "scheduled"),
    organizations: [],
    parties: [],
    evidence: [{ start: sentence.start, end: sentence.end }],
    datePrecision: "day",
    dateCertainty: mention.certainty,
    dateText: mention.text,
    regions: [region],
    mentions: [mention],
    rule,
  });
}

function addEvidence(m: MeetingDraft, mention: DateMention, region: Span, sentence: Sentence): void {
  m.mentions.push(mention);
  m.regions.push(region);
  if (!m.evidence.some((e) => e.start === sentence.start))
    m.evidence.push({ start: sentence.start, end: sentence.end });
}

/** The part of a sentence that belongs to its i-th date when it dates several meetings (split at midpoints). */
export function anchorRegion(sentence: Span, all: DateMention[], i: number): Span {
  const prev = all[i - 1];
  const next = all[i + 1];
  const self = all[i] ?? sentence;
  return {
    start: prev ? Math.floor((prev.end + self.start) / 2) : sentence.start,
    end: next ? Math.floor((self.end + next.start) / 2) : sentence.end,
  };
}

/** Organisations named where the meeting is described; undated sentences about its city count when the city is unique. */
export function meetingOrganizations(m: MeetingDraft, entities: EntityMention[], extra: Span[]): string[] {
  const regions = [...m.regions, ...extra];
  const names = entities
    .filter((e) => e.kind === "organization" && regions.some((r) => e.start >= r.start && e.end <= r.end))
    .map((e) => e.name);
  return [...new Set(names)];
}
