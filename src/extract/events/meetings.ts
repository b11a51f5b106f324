import { addDays, type DateMention } from "../mentions/dates.js";
import type { EntityMention } from "../mentions/organizations.js";
import { isOrganizationWord } from "../mentions/organizations.js";
import {
  type CountryVenue,
  countryOf,
  FACILITY_WORDS,
  lookupCity,
  type PlaceMention,
} from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Sentence } from "../structure/sentences.js";
import type { ExtractedMeeting, Span } from "../types.js";
import { headlineEvent, ledeEvent } from "./report-frames.js";
import { joinSinceUntil, statedLength } from "./spans.js";
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
  | "lede"
  | "quoted"
  | "echo";

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
  // (A date of the report — "Mr Vucic said on Thursday that he won't sign anything at the Ohrid meeting" — dates no
  // meeting: such a sentence still describes one it does not date.)
  // A sentence with a coarse time ("The last three-way summit, held in Seoul last May") speaks of another meeting.
  const undated = sentences.map(
    (s, i) =>
      triggers[i] === true &&
      !COARSE_TIME.test(narrative.slice(s.start, s.end)) &&
      (datesIn[i] ?? []).every(
        (d) => !d.relative && (datesReport(narrative, s, d) || datesOtherEvent(narrative, s, d)),
      ),
  );
  for (const { mention, region, sentence, index } of deferred) {
    // "talks from Monday in Beijing … a ceremony on Friday": a venue its sentence gave a date less than a week away
    // is this date's too; a month away it is another meeting's ("continued the gathering in Buenos Aires on Feb. 16").
    const owned = (venues[index] ?? []).find((p) => {
      const owner = nearestDate(p, datesIn[index] ?? []);
      return (
        owner &&
        owner !== mention &&
        Math.abs(Date.parse(owner.date) - Date.parse(mention.date)) < 7 * 86_400_000
      );
    });
    if (owned) {
      place(meetings, doc, mention, region, sentence, owned, "sentence");
      continue;
    }
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
    // "held a meeting in Puerto Ordaz": a place the gazetteer does not know is still a venue of its own.
    if (namesUnknownPlace(narrative.slice(region.start, region.end))) continue;
    const headlineVenue =
      headline.length === 1 ? inputs.headlinePlaces.find((p) => p.city === headline[0]) : undefined;
    const choice: [PlaceMention | undefined | null, VenueRule][] = [
      [headlineVenue, "headline"],
      // The reporter's city is no venue of a meeting still to come ("WASHINGTON - … will meet in Jeddah").
      // (Or, on the report's own day, when the article names the dateline's city as a meeting venue: "Tokyo, March
      // 21 (Jiji Press)--At a meeting in Tokyo on Saturday … Also on Friday, … held a dinner".)
      [
        mention.date <= doc.header.date &&
        (articleVenues.length === 0 ||
          (mention.date === doc.header.date && articleVenues.includes(inputs.datelinePlace?.city ?? ""))) &&
        (headline.length === 0 || headline.includes(inputs.datelinePlace?.city ?? "")) &&
        // "Lahore (…) – a Pakistani delegation has left for India, where it is to hold talks": another country.
        !inputs.countryVenues.some((c) => c.country !== inputs.datelinePlace?.country)
          ? inputs.datelinePlace
          : undefined,
        "dateline",
      ],
    ];
    const found = choice.find(([p]) => p);
    if (found?.[0]) place(meetings, doc, mention, region, sentence, found[0], found[1]);
  }
  // "will reach agreement … tomorrow in Ohrid", where another sentence speaks of "the meeting in Ohrid": a date right
  // beside a city the article names as a meeting's venue dates that meeting, though its own sentence has no trigger.
  sentences.forEach((sentence, index) => {
    if (triggers[index]) return;
    for (const mention of datesIn[index] ?? []) {
      if (mention.relative || datesOtherEvent(narrative, sentence, mention)) continue;
      if (datesReport(narrative, sentence, mention) || datesArrival(narrative, sentence, mention)) continue;
      const venue = (venues[index] ?? []).find((p) => articleVenues.includes(p.city) && gap(p, mention) < 12);
      if (venue) place(meetings, doc, mention, sentence, sentence, venue, "echo");
    }
  });
  for (const q of quotations) quotedMeetings(doc, inputs, q, meetings);
  const lede = ledeEvent(doc, inputs, venues, datesIn, narrative);
  // The body usually dates the lede's meeting ("have resumed talks in Vienna" … "on Monday"): only when it does not.
  if (lede && !meetings.some((m) => m.city === lede.venue.city))
    place(meetings, doc, lede.mention, lede.sentence, lede.sentence, lede.venue, "lede");
  const today = headlineEvent(doc, inputs, meetings);
  if (today) meetings.push(today);
  return meetings.sort((a, b) => a.date.localeCompare(b.date) || a.city.localeCompare(b.city));
}

/**
 * A quotation that dates a meeting itself ("the high-level meeting, held in the CAR capital of Bangui on Jan. 8 and
 * 9"): only with a calendar date and a venue beside it, both inside the quotation, in a clause about a meeting.
 */
function quotedMeetings(
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
    if (!hasMeetingTrigger(doc.work, clause) || datesOtherEvent(doc.work, clause, mention)) continue;
    if (datesReport(doc.work, clause, mention) || datesArrival(doc.work, clause, mention)) continue;
    const venue = inputs.places
      .filter((p) => p.venue && inside(p, clause) && gap(p, mention) < 40)
      .sort((a, b) => gap(a, mention) - gap(b, mention))[0];
    if (venue) place(meetings, doc, mention, clause, sentence, venue, "quoted");
  }
}

const UNKNOWN_VENUE =
  /\b(?:in|at)\s+the\s+(?:\p{Ll}+\s+){0,2}(?:district|town|village|city|region|province|resort|county|municipality)\s+of\s+\p{Lu}/u;

const COARSE_TIME =
  /\b(?:(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)|in\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|June|July|August|September|October|November|December|(?:19|20)\d\d))\b/;

const IN_NAME = /\b(?:in|at)\s+(\p{Lu}[\p{L}\p{M}-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}-]+)*)/gu;
const NOT_PLACE_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|His|Her|Their|Its)$/;

/** A capitalised name after "in"/"at" that is no known city, country or organisation: a venue the gazetteer lacks. */
function namesUnknownPlace(text: string): boolean {
  for (const m of text.matchAll(IN_NAME)) {
    const words = (m[1] ?? "").split(/\s+/);
    // "in Geneva Monday", "at the Glee Hotel": a trailing day, month or building word is no part of the place.
    // So is an abbreviation ("Washington DC").
    const trailing = (w: string) =>
      NOT_PLACE_WORD.test(w) || FACILITY_WORDS.has(w) || /^\p{Lu}{1,3}$/u.test(w);
    while (words.length > 1 && trailing(words.at(-1) ?? "")) words.pop();
    if (words.length === 1 && NOT_PLACE_WORD.test(words[0] ?? "")) continue;
    const name = words.join(" ");
    if (!name || /^\p{Lu}+$/u.test(words[0] ?? "")) continue;
    if (lookupCity(name) || countryOf(name) || words.some((w) => isOrganizationWord(w) || countryOf(w)))
      continue;
    return true;
  }
  return false;
}

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
