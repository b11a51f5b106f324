/** A half-open range of UTF-16 code-unit offsets into the article text as read: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** "postponed" and "cancelled" when the report says so of that date ("was postponed", "called off"). */
export type MeetingStatus = "held" | "scheduled" | "postponed" | "cancelled";
/** How exact the meeting date is. */
export type DatePrecision = "day" | "month" | "year";
/** "stated": the text gives the calendar date; "inferred": resolved from a relative expression and the article date. */
export type DateCertainty = "stated" | "inferred";

export interface ExtractedMeeting {
  date: string; // YYYY-MM-DD, first day
  endDate: string | null; // last day of a multi-day meeting
  city: string;
  country: string;
  status: MeetingStatus;
  organizations: string[]; // international organisations convening, chairing or observing
  parties: string[]; // negotiating sides
  evidence: Span[]; // sentences that support the meeting
  datePrecision: DatePrecision;
  dateCertainty: DateCertainty;
  dateText: string; // the raw date expression, e.g. "Monday’s", "March 29 and 30"
  rule: string; // the rule that placed it, e.g. "venue:sentence", "venue:dateline"
  confidence: number; // that rule's precision on the development corpus (npm run calibrate)
}

export interface ExtractedPerson {
  name: string; // full name as first written
  role: string | null;
  affiliation: string | null; // state or organisation the person speaks for
  mentions: Span[]; // every mention: full name, surname (not pronouns)
  meetingIndexes: number[]; // meetings the text places the person at or ties their words to
  rule: string; // the cue that made the name a person, e.g. "person:title"
  confidence: number;
}

export interface ExtractedQuote {
  text: string; // the quoted words without the marks; paragraph-spanning quotes joined with one space
  speaker: string | null; // full name of an ExtractedPerson, or null for an unnamed source
  meetingIndex: number | null;
  start: number; // span of the quoted words in the source (without the marks)
  end: number;
  rule: string; // the attribution sieve, e.g. "quote:after-named"
  confidence: number;
}

export interface Extraction {
  article: { date: string; title: string };
  meetings: ExtractedMeeting[];
  people: ExtractedPerson[];
  quotes: ExtractedQuote[];
  warnings: string[];
}

/** Raised for input that is not an article: empty, binary, or without the ` date YYYY-MM-DD headline` line. */
export class ArticleFormatError extends Error {
  override name = "ArticleFormatError";
}
