import type { ArticleDocument } from "../structure/document.js";
import type { Span } from "../types.js";
import { gap, inside, type MeetingDraft, place } from "./draft.js";
import type { FrameInputs } from "./meetings.js";
import { startedAndEnds } from "./spans.js";
import { datesNoMeeting, hasMeetingTrigger } from "./triggers.js";

// Quotations in the event stage: the narrative is read with them blanked, but a quotation may still date a meeting
// itself or state how long the day's meeting runs.

/**
 * A quotation that dates a meeting itself ("the high-level meeting, held in the CAR capital of Bangui on Jan. 8 and
 * 9"): only with a calendar date and a venue beside it, both inside the quotation, in a clause about a meeting.
 */
export function quotedMeetings(
  doc: ArticleDocument,
  inputs: FrameInputs,
  quote: Span,
  meetings: MeetingDraft[],
): void {
  for (const mention of inputs.dates) {
    if (mention.certainty !== "stated" || !inside(mention, quote)) continue;
    const sentence = doc.sentences.find((s) => inside(mention, s));
    if (!sentence) continue;
    const clause = { start: Math.max(quote.start, sentence.start), end: Math.min(quote.end, sentence.end) };
    if (!hasMeetingTrigger(doc.work, clause) || datesNoMeeting(doc.work, clause, mention)) continue;
    const venue = inputs.places
      .filter((p) => p.venue && inside(p, clause) && gap(p, mention) < 40)
      .sort((a, b) => gap(a, mention) - gap(b, mention))[0];
    if (venue) place(meetings, doc, mention, clause, sentence, venue, "quoted");
  }
}

/**
 * A quotation that states how long the day's meeting runs ("They “started today, the 25th of October, and will end
 * on the 30th of October.”"): the meeting placed on its first day, in the sentence or paragraph before, lasts to the
 * last (at most ten days).
 */
export function quotedSpan(
  doc: ArticleDocument,
  inputs: FrameInputs,
  quote: Span,
  meetings: MeetingDraft[],
): void {
  const span = startedAndEnds(
    doc.work,
    inputs.dates.filter((d) => inside(d, quote)),
  );
  if (!span || Date.parse(span.endDate) - Date.parse(span.date) > 10 * 86_400_000) return;
  const told = meetings.filter(
    (m) =>
      m.date === span.date &&
      m.endDate === null &&
      m.evidence.some((e) => e.end <= quote.start && quote.start - e.end < 600),
  );
  const meeting = told.length === 1 ? told[0] : undefined;
  if (!meeting) return;
  meeting.endDate = span.endDate;
  // A meeting that runs past the report's day has not ended yet.
  if (meeting.status === "held" && span.endDate > doc.header.date) meeting.status = "scheduled";
}

/** The text with every quotation blanked (same length, so offsets hold). */
export function blankQuotations(work: string, quotations: Span[]): string {
  const chars = work.split("");
  for (const q of quotations) for (let i = q.start; i < q.end; i++) chars[i] = " ";
  return chars.join("");
}
