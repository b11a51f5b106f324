import type { DateMention } from "../mentions/dates.js";
import type { EntityMention } from "../mentions/organizations.js";
import type { CountryVenue, PlaceMention } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Sentence } from "../structure/sentences.js";
import type { ExtractedMeeting, Span } from "../types.js";
import { datesArrival, datesOtherEvent, datesReport, hasMeetingTrigger, statusStated } from "./triggers.js";

/** A meeting under construction, with the text regions that describe it. */
export interface MeetingDraft extends Omit<ExtractedMeeting, "rule" | "confidence"> {
  regions: Span[];
  mentions: DateMention[];
  /** Where its venue came from. */
  rule: VenueRule;
}

/** Where the venue of a dated meeting reference came from: the rule the meeting's confidence is measured for. */
// (The article's only meeting venue was tried too and dropped: right 1 time in 7 on the development corpus.)
export type VenueRule =
  | "sentence"
  | "country"
  | "nearby"
  | "headline"
  | "dateline"
  | "headline-today"
  | "lede";

/** What the event stage reads besides the document: mentions of earlier stages. */
export interface FrameInputs {
  dates: DateMention[];
  places: PlaceMention[];
  /** Countries named as venues ("in Moldova"): the city must come from the article, or the slot stays empty. */
  countryVenues: CountryVenue[];
  /** Quotations (outer spans): a date inside one is the speaker's frame, not the narrative's. */
  quotations: Span[];
  /** The dateline's city, and venues named in the headline. */
  datelinePlace: PlaceMention | null;
  headlinePlaces: PlaceMention[];
  headlineCountries: CountryVenue[];
}

const gap = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);
const contains = (m: { date: string; endDate: string | null }, date: string): boolean =>
  date >= m.date && date <= (m.endDate ?? m.date);
const inside = (s: Span, r: Span): boolean => s.start >= r.start && s.end <= r.end;

/**
 * Event frames: a date in a sentence with a meeting trigger, not dating a report, an arrival or another event, and
 * not inside a quotation. Its venue is the nearest venue in the sentence, else one named by a neighbouring meeting
 * sentence, else the headline's city, else the dateline's when no meeting sentence names a venue;
 * without any, a reference joins the meeting of its day or is dropped.
 */
export function assembleMeetings(doc: ArticleDocument, inputs: FrameInputs): MeetingDraft[] {
  const { dates, places, quotations } = inputs;
  const { sentences } = doc;
  const meetings: MeetingDraft[] = [];
  const deferred: { mention: DateMention; region: Span; sentence: Sentence; index: number }[] = [];
  // Quoted words are the speaker's: "negotiations" inside a quotation makes no meeting sentence.
  const narrative = blankQuotations(doc.work, quotations);
  const triggers = sentences.map((s) => hasMeetingTrigger(narrative, s));
  // A venue of another event ("a car bomb attack … in Bogota") is no meeting's venue.
  const venues = sentences.map((s) =>
    places.filter(
      (p) =>
        p.venue && inside(p, s) && !quotations.some((q) => inside(p, q)) && !datesOtherEvent(narrative, s, p),
    ),
  );
  // The dateline's date is the report's ("SANAA, Sept. 6 (Xinhua) -"), never a meeting's.
  const dateline = doc.dateline;
  const narrativeDates = dates.filter(
    (d) => !quotations.some((q) => inside(d, q)) && !(dateline && inside(d, dateline)),
  );
  const datesIn = sentences.map((s) =>
    joinSinceUntil(
      doc.work,
      narrativeDates.filter((d) => inside(d, s)),
    ),
  );
  sentences.forEach((sentence, index) => {
    const inSentence = datesIn[index] ?? [];
    if (!triggers[index]) return;
    const here = venues[index] ?? [];
    inSentence.forEach((mention, i) => {
      // "comes a day after X held talks": the event after the phrase is the one dated, and it must be a meeting.
      if (mention.relative) {
        if (!hasMeetingTrigger(narrative, { start: mention.end, end: sentence.end })) return;
      } else {
        if (datesOtherEvent(narrative, sentence, mention)) return;
        if (datesReport(narrative, sentence, mention) || datesArrival(narrative, sentence, mention)) return;
      }
      const region = anchorRegion(sentence, inSentence, i);
      // "Friday's encounter continued the gathering in Buenos Aires on Feb. 16": a venue right beside another date is
      // that date's.
      const venue = [...here]
        .filter((p) => {
          const own = nearestDate(p, inSentence);
          return own === mention || !own || gap(p, own) > 6;
        })
        .sort((a, b) => gap(a, mention) - gap(b, mention))[0];
      const country = inputs.countryVenues
        .filter((c) => inside(c, sentence) && !quotations.some((q) => inside(c, q)))
        .sort((a, b) => gap(a, mention) - gap(b, mention))[0];
      if (country && (!venue || gap(country, mention) < gap(venue, mention))) {
        // "will meet on June 1 in Moldova": only a city of that country the article names as a venue will do.
        const city = places.find((p) => p.venue && p.country === country.country);
        if (city) place(meetings, doc, mention, region, sentence, city, "country");
        return;
      }
      if (venue) place(meetings, doc, mention, region, sentence, venue, "sentence");
      else deferred.push({ mention, region, sentence, index });
    });
  });
  const articleVenues = [...new Set(venues.flatMap((v, i) => (triggers[i] ? v.map((p) => p.city) : [])))];
  const headline = [...new Set(inputs.headlinePlaces.filter((p) => p.venue).map((p) => p.city))];
  // Only an undated neighbour describes a meeting it does not date ("The signing took place in Qatar’s capital of
  // Doha"); a dated one describes its own.
  const undated = sentences.map((_, i) => triggers[i] === true && datesIn[i]?.length === 0);
  for (const { mention, region, sentence, index } of deferred) {
    // "the next round … next Saturday": another meeting, whose venue the article's other sentences do not give.
    const another = ANOTHER_MEETING.test(narrative.slice(sentence.start, sentence.end));
    const nearby = another ? undefined : nearbyVenue(sentences, undated, venues, index);
    if (nearby) {
      place(meetings, doc, mention, region, sentence, nearby, "nearby");
      continue;
    }
    // The meeting of that day, or one a stated range covers ("held from 11 to 13 September" after "on Friday").
    const same = meetings.find(
      (m) => contains(m, mention.date) || (mention.endDate !== null && contains(mention, m.date)),
    );
    if (same) {
      place(meetings, doc, mention, region, sentence, same, same.rule);
      continue;
    }
    if (another) continue;
    // "signed, in the central district of Gorongosa, …": a venue the gazetteer does not know is still no other city.
    if (UNKNOWN_VENUE.test(narrative.slice(sentence.start, sentence.end))) continue;
    const headlineVenue =
      headline.length === 1 ? inputs.headlinePlaces.find((p) => p.city === headline[0]) : undefined;
    const choice: [PlaceMention | undefined | null, VenueRule][] = [
      [headlineVenue, "headline"],
      // The reporter's city is no venue of a meeting still to come ("WASHINGTON - … will meet in Jeddah").
      [
        articleVenues.length === 0 && headline.length === 0 && mention.date <= doc.header.date
          ? inputs.datelinePlace
          : undefined,
        "dateline",
      ],
    ];
    const found = choice.find(([p]) => p);
    if (found?.[0]) place(meetings, doc, mention, region, sentence, found[0], found[1]);
  }
  const lede = ledeEvent(doc, inputs, venues, datesIn, narrative);
  // The body usually dates the lede's meeting ("have resumed talks in Vienna" … "on Monday"): only when it does not.
  if (lede && !meetings.some((m) => m.city === lede.venue.city))
    place(meetings, doc, lede.mention, lede.sentence, lede.sentence, lede.venue, "lede");
  const today = headlineEvent(doc, inputs, meetings);
  if (today) meetings.push(today);
  return meetings.sort((a, b) => a.date.localeCompare(b.date) || a.city.localeCompare(b.city));
}

// The lede of a same-day report: "talks have begun in X", "are meeting in X", "came to an end", "got under way".
const LEDE_NOW =
  /\b(?:has|have)\s+(?:begun|started|opened|ended|concluded|resumed|wrapped\s+up)\b|\b(?:are|is)\s+(?:meeting|holding|under\s*way)\b|\bcame\s+to\s+an\s+end\b|\bgot\s+under\s*way\b|\bhave\s+just\s+ended\b/i;
const LEDE_PAST = /\b(?:last|ago|earlier|previous|previously|since|will|would|next)\b/i;

/**
 * An undated meeting the first sentences of a report describe as happening now, dated by the dateline's day or the
 * article's: "ISTANBUL. March 29 (Interfax) - As the round of talks held in Istanbul came to an end, …".
 */
function ledeEvent(
  doc: ArticleDocument,
  inputs: FrameInputs,
  venues: PlaceMention[][],
  datesIn: DateMention[][],
  narrative: string,
): { mention: DateMention; sentence: Sentence; venue: PlaceMention } | null {
  const first = doc.sentences.findIndex((s) => s.start >= doc.header.bodyStart);
  if (first < 0) return null;
  for (let i = first; i < Math.min(first + 2, doc.sentences.length); i++) {
    const sentence = doc.sentences[i] as Sentence;
    const text = narrative.slice(sentence.start, sentence.end);
    const venue = venues[i]?.[0];
    if (!venue || (datesIn[i]?.length ?? 0) > 0 || !LEDE_NOW.test(text) || LEDE_PAST.test(text)) continue;
    if (!hasMeetingTrigger(narrative, sentence)) continue;
    const dateline = doc.dateline;
    const filed = dateline && inputs.dates.find((d) => d.start >= dateline.start && d.end <= dateline.end);
    const date = filed ? filed.date : doc.header.date;
    const mention: DateMention = {
      start: venue.start,
      end: venue.end,
      date,
      endDate: null,
      certainty: "inferred",
      text: "",
    };
    return { mention, sentence, venue };
  }
  return null;
}

// A headline in the present tense reports the day's event: "Presidents sign border treaty in Bishkek", "Ministers
// Hold Talks in Turkey". Not "to meet", "will hold", "may sign", nor "holds up".
const HEADLINE_EVENT =
  /(?<!\b(?:to|will|would|may|might|could|set to|plan to|expected to)\s)\b(?:sign|signs|hold|holds|meet|meets|host|hosts|opens?|agree|agrees|begin|begins|resume|resumes)\b(?!\s+(?:up|off|back|out)\b)/i;
const HEADLINE_DATE =
  /\b(?:yesterday|today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|next|last)\b/;

/**
 * The meeting a present-tense headline reports, on the article's date, when the body dates no meeting in the
 * headline's city or country: the city named in the headline, or for a country the city of it the body names as a
 * venue (or the dateline's).
 */
function headlineEvent(
  doc: ArticleDocument,
  inputs: FrameInputs,
  meetings: MeetingDraft[],
): MeetingDraft | null {
  const headline = doc.work.slice(0, doc.header.bodyStart);
  if (!HEADLINE_EVENT.test(headline) || HEADLINE_DATE.test(headline.replace(/^\s*date\s+\S+/, "")))
    return null;
  const cities = [...new Set(inputs.headlinePlaces.filter((p) => p.venue).map((p) => p.city))];
  const countries = [...new Set(inputs.headlineCountries.map((c) => c.country))];
  if (cities.length + countries.length !== 1) return null;
  const country = countries[0];
  const venue = country
    ? [inputs.datelinePlace, ...inputs.places.filter((p) => p.venue)].find((p) => p?.country === country)
    : inputs.headlinePlaces.find((p) => p.city === cities[0]);
  if (!venue || meetings.some((m) => m.country === venue.country)) return null;
  // A wire report filed the day before ("ANTALYA, March 10 (Xinhua) --") reports that day's event.
  const dateline = doc.dateline;
  const filed = dateline && inputs.dates.find((d) => d.start >= dateline.start && d.end <= dateline.end);
  const date = filed ? filed.date : doc.header.date;
  return {
    date,
    endDate: null,
    city: venue.city,
    country: venue.country,
    status: "held",
    organizations: [],
    parties: [],
    evidence: [{ start: 0, end: doc.header.bodyStart }],
    datePrecision: "day",
    dateCertainty: "inferred",
    dateText: "",
    regions: [{ start: 0, end: doc.header.bodyStart }],
    mentions: [],
    rule: "headline-today",
  };
}

// "holding talks since Sunday … expected to conclude Thursday", "from Monday until Wednesday": one meeting's span.
const SPAN_START = /\b(?:since|from)\s+(?:[\p{L}]+\s+){0,1}$/u;
const SPAN_END =
  /\b(?:until|till|through|to\s+(?:conclude|end)|conclude|concluding|end|ending|wrap\s+up)\s+(?:on\s+)?$/i;

/** Two dates of one sentence that open and close a span become one mention covering it. */
function joinSinceUntil(work: string, dates: DateMention[]): DateMention[] {
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i] as DateMention;
    const b = dates[i + 1] as DateMention;
    const opens = SPAN_START.test(work.slice(Math.max(0, a.start - 12), a.start));
    const closes = SPAN_END.test(work.slice(Math.max(0, b.start - 25), b.start));
    if (!opens || !closes || b.date <= a.date || a.endDate || b.endDate) continue;
    const joined: DateMention = { ...a, end: b.end, endDate: b.date, text: work.slice(a.start, b.end) };
    return [...dates.slice(0, i), joined, ...dates.slice(i + 2)];
  }
  return dates;
}

const UNKNOWN_VENUE =
  /\b(?:in|at)\s+the\s+(?:\p{Ll}+\s+){0,2}(?:district|town|village|city|region|province|resort|county|municipality)\s+of\s+\p{Lu}/u;

const nearestDate = (p: Span, dates: DateMention[]): DateMention | undefined =>
  [...dates].sort((a, b) => gap(a, p) - gap(b, p))[0];

const ANOTHER_MEETING =
  /\b(?:next|another|new|further|follow-up|second|third|fourth|fifth|later)\s+(?:round|session|meeting|talks|summit|stage)\b|\bmeet\s+again\b/i;

/** The text with every quotation blanked (same length, so offsets hold). */
function blankQuotations(work: string, quotations: Span[]): string {
  const chars = work.split("");
  for (const q of quotations) for (let i = q.start; i < q.end; i++) chars[i] = " ";
  return chars.join("");
}

/** A venue named by a meeting sentence next to this one (same or adjacent paragraph), nearest first. */
function nearbyVenue(
  sentences: Sentence[],
  triggers: boolean[],
  venues: PlaceMention[][],
  index: number,
): PlaceMention | undefined {
  const own = sentences[index];
  if (!own) return undefined;
  for (const step of [1, -1, 2, -2]) {
    const other = sentences[index + step];
    if (!other || !triggers[index + step] || Math.abs(other.block - own.block) > 1) continue;
    const found = venues[index + step] ?? [];
    if (found.length > 0) return step > 0 ? found[0] : found[found.length - 1];
  }
  return undefined;
}

function place(
  meetings: MeetingDraft[],
  doc: ArticleDocument,
  mention: DateMention,
  region: Span,
  sentence: Sentence,
  venue: { city: string; country: string },
  rule: VenueRule,
): void {
  const { city, country } = venue;
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
    existing.status = statusStated(doc.work, sentence, mention) ?? existing.status;
    addEvidence(existing, mention, region, sentence);
    return;
  }
  const days = mention.endDate ? 0 : statedLength(doc.work.slice(sentence.start, sentence.end));
  const startDate = days < -1 ? addDays(mention.date, days + 1) : mention.date;
  const endDate = days > 1 ? addDays(mention.date, days - 1) : days < -1 ? mention.date : mention.endDate;
  const last = endDate ?? mention.date;
  const stated = statusStated(doc.work, sentence, mention);
  meetings.push({
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

const NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
};
// "are to run for two days", "a three-day summit": how long the meeting the sentence dates lasts.
const LENGTH =
  /\b(two|three|four|five|[2-5])[- ]day\b|\b(?:run|last|lasting|continue)\s+(?:for\s+)?(two|three|four|five|[2-5])\s+days\b|\b(two|three|four|five|[2-5])\s+days\s+of\s+(?:talks|negotiations|meetings|consultations|discussions)\b|\bover\s+the\s+(?:past|last)\s+(two|three|four|five|[2-5])\s+days\b/i;
// "Two days of talks … were concluded Thursday", "held over the past two days": the date is the last day.
const ENDED = /\b(?:conclude[sd]?|ended|ends|wrapped\s+up|closed|over\s+the\s+(?:past|last))\b/i;

/** Days the sentence says the meeting lasts: positive when its date is the first day, negative when the last. */
function statedLength(sentence: string): number {
  const m = LENGTH.exec(sentence);
  // "… will return on Thursday after two days of talks ended": the length of an earlier round.
  if (
    m &&
    /\b(?:after|following|since)\s+(?:the\s+|a\s+)?$/i.test(
      sentence.slice(Math.max(0, m.index - 12), m.index),
    )
  )
    return 0;
  const n = NUMBERS[(m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? "").toLowerCase()] ?? 0;
  return n && ENDED.test(sentence) ? -n : n;
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
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
