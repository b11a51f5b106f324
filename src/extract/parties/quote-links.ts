import type { Attribution } from "../attribution/speakers.js";
import { REPORTING_VERBS } from "../lexicon/index.js";
import type { DateMention } from "../mentions/dates.js";
import type { PlaceMention } from "../mentions/places.js";
import type { RawQuote } from "../quotations/quotes.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import type { ExtractedMeeting, Span } from "../types.js";

export interface LinkInputs {
  doc: ArticleDocument;
  quotes: RawQuote[];
  attributions: Attribution[];
  meetings: ExtractedMeeting[];
  dates: DateMention[];
  places: PlaceMention[];
}

const within = (s: Span, r: Span): boolean => s.start >= r.start && s.end <= r.end;
// Anaphoric references to the talks just described: "after the meeting", "in this room".
const MEETING_REFERENCE =
  /\b(?:the|this|that)\s+(?:meeting|talks|session|round|sessions|negotiations)\b|\b(?:this|that)\s+room\b/i;
// Inside the quotation: "in this room", "today" (the day of the talks).
const QUOTE_REFERENCE = /\b(?:this|that)\s+room\b|\btoday\b/i;
// Words that answer or point back to the previous quotation: "replied", "there".
const REPLY_VERB = /\b(?:replied|responded|retorted|countered|shot back)\b/i;
const BACK_REFERENCE = /\b(?:there|here)\b/i;
const REPORTING = new RegExp(`\\b(?:${[...REPORTING_VERBS].join("|")})\\b`, "i");

/** Which meeting each quote is about, where the text ties it to one; null otherwise. */
export function linkQuotes(inputs: LinkInputs): (number | null)[] {
  const out: (number | null)[] = [];
  inputs.quotes.forEach((q, i) => {
    out.push(linkOne(inputs, q, i, out));
  });
  return out;
}

function linkOne(inputs: LinkInputs, q: RawQuote, i: number, done: (number | null)[]): number | null {
  const { doc, quotes, attributions, meetings, dates, places } = inputs;
  const meetingOfDate = (d: DateMention): number =>
    meetings.findIndex((m) => d.date >= m.date && d.date <= (m.endDate ?? m.date));
  // The latest meeting referenced by date before the quote is the one "the talks" means.
  let current: number | null = null;
  for (const d of dates) if (d.end <= q.outer.start && meetingOfDate(d) >= 0) current = meetingOfDate(d);

  const sentence = sentenceAt(doc.sentences, q.outer.start);
  const prev = quotes[i - 1];
  const prevLink = done[i - 1] ?? null;
  const prevSentence = prev ? sentenceAt(doc.sentences, prev.outer.start) : undefined;
  const sameSentence = prev !== undefined && prevSentence !== undefined && prevSentence === sentence;
  const scopeStart = sameSentence ? prev.outer.end : (sentence?.start ?? q.outer.start);
  const tail = doc.work.slice(q.outer.end).search(/[.!?“\n]/);
  const before = { start: scopeStart, end: q.start };
  const after = { start: q.outer.end, end: q.outer.end + Math.max(tail, 0) };
  const inScope = (s: Span) => within(s, before) || within(s, after);

  const dated = dates.find((d) => inScope(d) && meetingOfDate(d) >= 0);
  if (dated) return meetingOfDate(dated);
  const venue = places.find((p) => (inScope(p) || within(p, q)) && meetings.some((m) => m.city === p.city));
  if (venue) {
    const atCity = meetings.map((m, k) => (m.city === venue.city ? k : -1)).filter((k) => k >= 0);
    if (atCity.length === 1) return atCity[0] ?? null;
    return current !== null && atCity.includes(current) ? current : (atCity[0] ?? null);
  }
  const outside = doc.work.slice(before.start, before.end) + doc.work.slice(after.start, after.end);
  if (current !== null && (MEETING_REFERENCE.test(outside) || QUOTE_REFERENCE.test(q.text))) return current;
  // A second partial quote in the same reported clause ("… “in good faith” but would judge them “by actions”").
  if (sameSentence && !REPORTING.test(doc.work.slice(before.start, before.end))) return prevLink;

  const own = attributions[i];
  const adjacent =
    prevSentence !== undefined && sentence !== undefined && sentence.block - prevSentence.block <= 1;
  if (adjacent && prevLink !== null) {
    // A reply, or words pointing back ("discuss it there"), continue the exchange about the same meeting.
    if (REPLY_VERB.test(doc.work.slice(after.start, after.end)) || BACK_REFERENCE.test(q.text))
      return prevLink;
    // The same speaker carried on by a pronoun or by continuation.
    const continues =
      own &&
      ["continuation", "carried", "after-pronoun", "before-pronoun"].includes(own.kind) &&
      own.speaker !== null;
    if (continues && attributions[i - 1]?.speaker === own.speaker) return prevLink;
  }
  if (current !== null && own?.speaker && introducedAtTheTalks(inputs, q, own)) return current;
  return null;
}

/** The paragraph before the quote, without quotations, names its speaker and refers to "the talks". */
function introducedAtTheTalks(inputs: LinkInputs, q: RawQuote, own: Attribution): boolean {
  const { doc, quotes } = inputs;
  const sentence = sentenceAt(doc.sentences, q.outer.start);
  const block = sentence ? doc.blocks[sentence.block - 1] : undefined;
  if (!block || !own.speaker) return false;
  if (quotes.some((o) => o.start >= block.start && o.start < block.end)) return false;
  const named = own.speaker.mentions.some((m) => m.start >= block.start && m.end <= block.end);
  return named && MEETING_REFERENCE.test(doc.work.slice(block.start, block.end));
}
