import type { DateMention } from "./dates.js";
import { MEETING_NOUNS, MEETING_VERBS, NOT_MEETING_BEFORE, OTHER_EVENTS } from "./lexicon/index.js";
import type { EntityMention } from "./organizations.js";
import type { PlaceMention } from "./places.js";
import type { ArticleDocument } from "./text/document.js";
import type { Sentence } from "./text/sentences.js";
import type { ExtractedMeeting, Span } from "./types.js";

/** A meeting under construction, with the text regions that describe it. */
export interface MeetingDraft extends ExtractedMeeting {
  regions: Span[];
  mentions: DateMention[];
}

/** Does the sentence talk about a meeting ("talks", "session", "met"), not a news conference? */
export function isMeetingSentence(work: string, s: Span): boolean {
  const words =
    work
      .slice(s.start, s.end)
      .toLowerCase()
      .match(/[\p{L}-]+/gu) ?? [];
  return words.some((w, i) => {
    const base = w.replace(/-led$|-convened$|-brokered$/, "");
    if (!MEETING_NOUNS.has(base) && !MEETING_VERBS.has(base)) return false;
    return !NOT_MEETING_BEFORE.has(words[i - 1] ?? "");
  });
}

/**
 * The event a date belongs to is the nearest event word before it in its sentence: "an attack on a checkpoint on
 * Sunday", "said in a statement on Wednesday", "a news conference yesterday" date something other than the talks.
 */
export function datesOtherEvent(work: string, sentence: Span, mention: Span): boolean {
  const words =
    work
      .slice(sentence.start, mention.start)
      .toLowerCase()
      .match(/[\p{L}-]+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? "";
    const base = w.replace(/-led$|-convened$|-brokered$/, "");
    if (MEETING_NOUNS.has(base) || MEETING_VERBS.has(base)) return NOT_MEETING_BEFORE.has(words[i - 1] ?? "");
    if (OTHER_EVENTS.has(w)) return true;
  }
  return false;
}

const gap = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);
const contains = (m: ExtractedMeeting, date: string): boolean =>
  date >= m.date && date <= (m.endDate ?? m.date);

/** One meeting per (date, venue): dated references in meeting sentences, venue nearest in the sentence or from context. */
export function assembleMeetings(
  doc: ArticleDocument,
  sentences: Sentence[],
  dates: DateMention[],
  places: PlaceMention[],
): MeetingDraft[] {
  const meetings: MeetingDraft[] = [];
  const deferred: { mention: DateMention; region: Span; sentence: Sentence; context: PlaceMention | null }[] =
    [];
  let lastVenue: PlaceMention | null = null;
  for (const sentence of sentences) {
    const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    const venues = places.filter((p) => p.venue && p.start >= sentence.start && p.end <= sentence.end);
    const meetingSentence = isMeetingSentence(doc.work, sentence);
    inSentence.forEach((mention, i) => {
      if (!meetingSentence || datesOtherEvent(doc.work, sentence, mention)) return;
      const region = anchorRegion(sentence, inSentence, i);
      const venue = [...venues].sort((a, b) => gap(a, mention) - gap(b, mention))[0];
      if (!venue) {
        deferred.push({ mention, region, sentence, context: lastVenue });
        return;
      }
      place(meetings, doc, mention, region, sentence, venue.city, venue.country);
    });
    if (meetingSentence && venues.length > 0) lastVenue = venues[venues.length - 1] ?? lastVenue;
  }
  // References without a venue join the meeting of that day, else take the venue of the talks discussed before.
  for (const { mention, region, sentence, context } of deferred) {
    const same = meetings.find((m) => contains(m, mention.date));
    if (same) addEvidence(same, mention, region, sentence);
    else if (context) place(meetings, doc, mention, region, sentence, context.city, context.country);
  }
  return meetings.sort((a, b) => a.date.localeCompare(b.date) || a.city.localeCompare(b.city));
}

function place(
  meetings: MeetingDraft[],
  doc: ArticleDocument,
  mention: DateMention,
  region: Span,
  sentence: Sentence,
  city: string,
  country: string,
): void {
  const existing = meetings.find(
    (m) =>
      m.city === city &&
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
    addEvidence(existing, mention, region, sentence);
    return;
  }
  const last = mention.endDate ?? mention.date;
  meetings.push({
    date: mention.date,
    endDate: mention.endDate,
    city,
    country,
    status: last <= doc.header.date ? "held" : "scheduled",
    organizations: [],
    parties: [],
    evidence: [{ start: sentence.start, end: sentence.end }],
    datePrecision: "day",
    dateCertainty: mention.certainty,
    dateText: mention.text,
    regions: [region],
    mentions: [mention],
  });
}

function addEvidence(m: MeetingDraft, mention: DateMention, region: Span, sentence: Sentence): void {
  m.mentions.push(mention);
  m.regions.push(region);
  if (!m.evidence.some((e) => e.start === sentence.start))
    m.evidence.push({ start: sentence.start, end: sentence.end });
}

/** The part of a sentence that belongs to its i-th date when it dates several meetings (split at midpoints). */
function anchorRegion(sentence: Span, all: DateMention[], i: number): Span {
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
