import { CAPITAL_NAMED_STATES } from "../lexicon/index.js";
import { addDays, type DateMention, headlineDays } from "../mentions/dates.js";
import { type CountryVenue, capitalOf, type PlaceMention } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Sentence } from "../structure/sentences.js";
import type { Span } from "../types.js";
import {
  absorbContained,
  anchorRegion,
  contains,
  gap,
  inside,
  type MeetingDraft,
  place,
  type VenueRule,
} from "./draft.js";
import { addFurtherMeetings } from "./further-meetings.js";
import { dropTakenHeadlineVenues } from "./headline-venue.js";
import { addProgrammeMeetings } from "./programme.js";
import { quotedMeetings, quotedSpan } from "./quoted-meetings.js";
import { headlineEvent, ledeEvent } from "./report-frames.js";
import { splitSeparateMeetings } from "./separate-meetings.js";
import { splitSidelineMeetings } from "./sideline-meetings.js";
import { joinSinceUntil } from "./spans.js";
import { datesNoMeeting, datesOtherEvent, datesReport, hasMeetingTrigger } from "./triggers.js";
import {
  ANOTHER_MEETING,
  arrivalCity,
  COARSE_TIME,
  comingDays,
  namesUnknownPlace,
  nearbyVenue,
  nearestDate,
  pastCoarseTime,
  travelDestination,
  UNKNOWN_VENUE,
} from "./venue-clues.js";
import { yieldArrivalDays, yieldPlannedEnds } from "./weak-days.js";

export { type MeetingDraft, meetingOrganizations, type VenueRule } from "./draft.js";

/** What the event stage reads besides the document: mentions of earlier stages. */
export interface FrameInputs {
  dates: DateMention[];
  places: PlaceMention[];
  /** Countries named as venues ("in Moldova"): the city must come from the article, or the slot stays empty. */
  countryVenues: CountryVenue[];
  /** Quotations (outer spans): a date inside one is the speaker's frame, not the narrative's. */
  quotations: Span[];
  /** The text with those quotations blanked: quoted words are the speaker's, not the report's. */
  narrative: string;
  /** The dateline's city, and venues named in the headline. */
  datelinePlace: PlaceMention | null;
  headlinePlaces: PlaceMention[];
  headlineCountries: CountryVenue[];
}

const MEETING_IN_COUNTRY =
  /\b(?:session|summit|meeting|talks|conference|round)\b(?![^,;]*\b(?:crisis|war|conflict|violence|instability|peace|situation|fighting|tensions?)\b)[^;]*\bin\s+(?:the\s+)?$/i;
const NOT_WHERE =
  /\b(?:(?:war|conflict|crisis|fighting|violence|situation|peace|ceasefire|truce|hostilities)\s+in\s+(?:the\s+)?|(?:group|movement|militia|party|faction)\s+)$/i;
const LATER_CLAUSE = /\b(?:before|afterwards|after\s+which)\b|,\s*then\b/;
// ("would be shut … on Thursday and Friday as a security precaution while the heads of state arrived for the summit")
const OTHER_CLAUSE = /\b(?:before|afterwards|after\s+which|while|whereas)\b|,\s*then\b/;

/**
 * Event frames: a date in a sentence with a meeting trigger, not dating a report, an arrival or another event, and
 * not inside a quotation. Its venue is the nearest venue in the sentence, else one named by a neighbouring meeting
 * sentence, else the headline's city, else the dateline's when no meeting sentence names a venue;
 * without any, a reference joins the meeting of its day or is dropped.
 */
export function assembleMeetings(doc: ArticleDocument, inputs: FrameInputs): MeetingDraft[] {
  // Quoted words are the speaker's: "negotiations" inside a quotation makes no meeting sentence.
  const { dates, places, quotations, narrative } = inputs;
  const { sentences } = doc;
  const meetings: MeetingDraft[] = [];
  const deferred: { mention: DateMention; region: Span; sentence: Sentence; index: number }[] = [];
  const triggers = sentences.map((s) => hasMeetingTrigger(narrative, s));
  // A venue of another event ("a car bomb attack … in Bogota") is no meeting's venue, nor is the place of a statement
  // ("On Saturday in Abuja, the Presidency dismissed …": an opening day and place the report's own).
  const reportPlace = (s: Sentence, p: PlaceMention): boolean =>
    dates.some(
      (d) =>
        inside(d, s) &&
        d.end <= p.start &&
        /^\s*(?:on|late|early)?\s*$/i.test(narrative.slice(s.start, d.start)) &&
        /^\s*(?:in|at)\s+$/.test(narrative.slice(d.end, p.start)) &&
        /^\s*,/.test(narrative.slice(p.end, p.end + 3)) &&
        datesReport(narrative, s, d),
    );
  const venues = sentences.map((s) =>
    places.filter(
      (p) =>
        p.venue &&
        inside(p, s) &&
        !quotations.some((q) => inside(p, q)) &&
        !datesOtherEvent(narrative, s, p) &&
        !reportPlace(s, p),
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
  // A city that opens a gathering's capitalised name: "the 6th Tokyo International Conference on …".
  const named = (p: PlaceMention): number =>
    /^\s+\p{Lu}\p{Ll}+\s+(?:Conference|Summit|Forum|Process|Format|Initiative|Dialogue)\b|^\s+(?:Conference|Summit|Forum|Process|Format|Initiative|Dialogue)\b/u.test(
      narrative.slice(p.end, p.end + 40),
    ) && !/\b(?:in|at)\s+(?:the\s+)?$/.test(narrative.slice(Math.max(0, p.start - 8), p.start))
      ? 1
      : 0;
  sentences.forEach((sentence, index) => {
    const inSentence = datesIn[index] ?? [];
    if (!triggers[index]) return;
    const here = venues[index] ?? [];
    inSentence.forEach((mention, i) => {
      // "comes a day after X held talks": the event after the phrase is the one dated, and it must be a meeting.
      if (mention.relative) {
        if (!hasMeetingTrigger(narrative, { start: mention.end, end: sentence.end })) return;
      } else if (
        datesNoMeeting(narrative, sentence, mention) &&
        !accountOfTheDay(doc, narrative, sentence, mention, inSentence)
      )
        return;
      // "will formally open the Consulate General in Cape Town on 9 January, after which he will hold meetings in
      // Pretoria": when the sentence's meeting words all come in a later or subordinate clause, this date is of
      // something else.
      const later = OTHER_CLAUSE.exec(narrative.slice(mention.end, sentence.end));
      if (later && !hasMeetingTrigger(narrative, { start: sentence.start, end: mention.end + later.index }))
        return;
      // "After the meetings in Kyiv, Linde went to eastern Ukraine on 20 January": when the meeting words are all in an
      // opening phrase, a date in the main clause is of what followed.
      const opening = /^\s*(?:After|Following|Before|Ahead\s+of)\b[^,;]{0,80},/.exec(
        narrative.slice(sentence.start, sentence.end),
      );
      const main = opening ? { start: sentence.start + opening[0].length, end: sentence.end } : null;
      // (The main clause has begun: "…, Linde went to eastern Ukraine on", not the rest of an apposition ", Bamako, on".)
      const begun = main && (narrative.slice(main.start, mention.start).match(/\p{L}+/gu)?.length ?? 0) >= 3;
      if (main && begun && mention.start >= main.start && !hasMeetingTrigger(narrative, main)) return;
      const region = anchorRegion(sentence, inSentence, i);
      // "Friday's encounter continued the gathering in Buenos Aires on Feb. 16": a venue right beside another date is
      // that date's.
      const venue = [...here]
        .filter((p) => {
          const own = nearestDate(p, inSentence);
          // "met with Kim on Sunday morning … before he flew on to Seoul": a later clause's place is another stop.
          const later = p.start > mention.end && LATER_CLAUSE.test(narrative.slice(mention.end, p.start));
          // ("Today's meeting came after they had met in Vancouver last week": a coarse time right after a place
          // says when the meeting there was.)
          const dated = COARSE_TIME.test(narrative.slice(p.end, p.end + 40).split(/[,;.]/)[0] ?? "");
          // ("took place in Vienna on October 14 and 28-29": days listed together share the place.)
          const listed =
            own !== undefined &&
            /^\s*(?:,|and|,\s*and)\s*$/.test(
              narrative.slice(Math.min(own.end, mention.end), Math.max(own.start, mention.start)),
            );
          // ("Ahead of the round slated for October 12-13, the co-chairs held meetings in Tbilisi": a date inside an
          // opening "ahead of" phrase is of the coming event; the main clause's place is of what came before it. After
          // "Following a dinner on Sunday, X forecast talks in Geneva" the place may well be the dinner's.)
          const phraseEnd = opening ? sentence.start + opening[0].length : -1;
          const split =
            mention.end <= phraseEnd &&
            p.start >= phraseEnd &&
            /^\s*(?:Ahead\s+of|Before)\b/.test(opening?.[0] ?? "") &&
            // ("Before he departs later on Monday, Blinken may also meet Xi": the leaving day is the meeting's.)
            !/^\s*Before\s+(?:he|she|they|\p{Lu}[\p{L}-]+)\s+(?:departs|leaves|flies|heads)\b/u.test(
              opening?.[0] ?? "",
            );
          return !later && !dated && !split && (own === mention || !own || listed || gap(p, own) > 6);
        })
        // ("gathered in Nairobi for the Tokyo International Conference …": a city the sentence says the meeting is
        // in outranks one inside a gathering's name.)
        .sort((a, b) => named(a) - named(b) || gap(a, mention) - gap(b, mention))[0];
      const country = inputs.countryVenues
        .filter((c) => inside(c, sentence) && !quotations.some((q) => inside(c, q)))
        .sort((a, b) => gap(a, mention) - gap(b, mention))[0];
      // (Only a country near the date: "hold the next summit in Russia, as set out in the statement of the summit of
      // 19 July 2022" names the venue of another meeting.)
      // ("made his first visit to Egypt … to meet President Sisi": a visit's country reaches further.)
      const reach =
        country &&
        /\bvisits?\s+to\s+(?:the\s+)?$/.test(narrative.slice(Math.max(0, country.start - 15), country.start))
          ? 90
          : 40;
      if (
        country &&
        gap(country, mention) <= reach &&
        (!venue || gap(country, mention) < gap(venue, mention))
      ) {
        // "will meet on June 1 in Moldova": only a city of that country the article names as a venue will do.
        // A state whose name stands for its capital ("in Kuwait", "in Singapore") is that city.
        const capital = capitalOf(country.country);
        // ("who is on an official visit to Armenia, held a meeting yesterday" under a headline "… talks in Yerevan":
        // the headline's venue in that country.)
        const city =
          places.find((p) => p.venue && p.country === country.country) ??
          inputs.headlinePlaces.find((p) => p.venue && p.country === country.country) ??
          // ("KINGSTON, Jamaica (AP) — Behind closed doors in Jamaica on Monday, Blinken huddled with …": the
          // dateline's city in that country, on the report's own day.)
          (inputs.datelinePlace?.country === country.country && mention.date === doc.header.date
            ? { ...inputs.datelinePlace, venue: true }
            : undefined) ??
          (capital && CAPITAL_NAMED_STATES.has(country.country)
            ? { ...country, ...capital, venue: true, descriptor: false }
            : undefined);
        if (city) place(meetings, doc, mention, region, sentence, city, "country");
        return;
      }
      if (venue) place(meetings, doc, mention, region, sentence, venue, "sentence");
      // A country further off after a meeting word ("the ordinary session of the Authority … in Guinea-Bissau") still
      // says the meeting is somewhere the article may not name; after a topic ("instability in Myanmar") it does not.
      else if (
        country &&
        MEETING_IN_COUNTRY.test(narrative.slice(Math.max(sentence.start, country.start - 90), country.start))
      )
        return;
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
  const datesNone = sentences.map(
    (s, i) =>
      triggers[i] === true &&
      (datesIn[i] ?? []).every(
        (d) => !d.relative && (datesReport(narrative, s, d) || datesOtherEvent(narrative, s, d)),
      ),
  );
  const text = (i: number) => narrative.slice(sentences[i]?.start ?? 0, sentences[i]?.end ?? 0);
  const undated = datesNone.map((none, i) => none && !COARSE_TIME.test(text(i)));
  // ("… will be held in Seoul next week" … "On Monday Noh is to sit down with …": a coarse time ahead describes a
  // meeting of the coming days.)
  const undatedAhead = datesNone.map((none, i) => none && !pastCoarseTime(text(i)));
  const ownDays = headlineDays(doc);
  for (const { mention, region, sentence, index } of deferred) {
    // "talks from Monday in Beijing … a ceremony on Friday": a venue its sentence gave a date less than a week away
    // is this date's too; a month away it is another meeting's ("continued the gathering in Buenos Aires on Feb. 16").
    const owned = (venues[index] ?? []).find((p) => {
      const owner = nearestDate(p, datesIn[index] ?? []);
      return (
        owner &&
        // ("Lavrov, who was in Doha on Wednesday, announced the meeting scheduled for February 27": where a person was
        // when speaking is no venue of the meeting he announced.)
        !WHERE_SOMEONE_WAS.test(narrative.slice(Math.max(sentence.start, p.start - 40), p.start)) &&
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
    let nearby = another
      ? undefined
      : (nearbyVenue(sentences, comingDays(doc, mention.date) ? undatedAhead : undated, venues, index) ??
        (mention.date >= doc.header.date
          ? travelDestination(narrative, sentences, places, index)
          : undefined) ??
        // ("… on Monday and then leave to see the Mexican president on Tuesday": a day after leaving is elsewhere.)
        (/\b(?:then|leave|leaves|leaving|depart|departs|travel|travels|fly|flies|head|heads)\b/.test(
          narrative.slice(sentence.start, mention.start),
        )
          ? undefined
          : arrivalCity(narrative, sentences, places, datesIn, index, mention.date)));
    // ("Her next stop will be Tashkent, Uzbekistan, where on October 4 she will hold meetings": a sentence that names
    // places of its own, none in the neighbour's country, is about somewhere else.)
    // ("… met with Kim on Sunday morning …, before he flew on to Seoul": a later clause's place is the next stop.)
    const named = [...places, ...inputs.countryVenues].filter(
      (p) =>
        inside(p, sentence) &&
        !quotations.some((q) => inside(p, q)) &&
        !(p.start > mention.end && LATER_CLAUSE.test(narrative.slice(mention.end, p.start))) &&
        // ("to end the war in Gaza", "the militant group Hamas": a topic or a group's name is no place of the sentence.)
        !NOT_WHERE.test(narrative.slice(Math.max(0, p.start - 30), p.start)),
    );
    const home = nearby?.country;
    if (home && named.length > 0 && !named.some((p) => p.country === home)) nearby = undefined;
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
      // (A headline names the story's event: a meeting days before the report is background, "last month in Astana".)
      // (A headline that names its day places only that day's meeting: "… in Kaesong for Dec. 11".)
      [
        mention.date >= addDays(doc.header.date, -3) &&
        (ownDays.length === 0 || ownDays.includes(mention.date.slice(5)))
          ? headlineVenue
          : undefined,
        "headline",
      ],
      // The reporter's city is no venue of a meeting still to come ("WASHINGTON - … will meet in Jeddah").
      // (Or, on the report's own day, when the article names the dateline's city as a meeting venue: "Tokyo, March
      // 21 (Jiji Press)--At a meeting in Tokyo on Saturday … Also on Friday, … held a dinner".)
      [
        mention.date <= doc.header.date &&
        // (A meeting weeks before the report is background, not the reporter's story: "an accord agreed on Sept. 19".)
        mention.date >= addDays(doc.header.date, -7) &&
        (articleVenues.length === 0 ||
          (mention.date === doc.header.date && articleVenues.includes(inputs.datelinePlace?.city ?? ""))) &&
        (headline.length === 0 || headline.includes(inputs.datelinePlace?.city ?? "")) &&
        // "Lahore (…) – a Pakistani delegation has left for India, where it is to hold talks": another country.
        // (Not a country inside a name: "the African Union Mission in Somalia"; nor when the article names the
        // dateline's own country as where the visit is: "Putin is paying a state visit to Vietnam".)
        (inputs.countryVenues.some((c) => c.country === inputs.datelinePlace?.country) ||
          !inputs.countryVenues.some(
            (c) =>
              c.country !== inputs.datelinePlace?.country &&
              !/\b\p{Lu}\p{Ll}+\s+in\s+$/u.test(doc.work.slice(Math.max(0, c.start - 20), c.start)),
          ))
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
      if (mention.relative || datesNoMeeting(narrative, sentence, mention)) continue;
      // (Only a day near the report's: "will restart visa processing in Havana on Jan. 4" is weeks off and no talks.)
      if (Math.abs(Date.parse(mention.date) - Date.parse(doc.header.date)) > 14 * 86_400_000) continue;
      const venue = (venues[index] ?? []).find((p) => articleVenues.includes(p.city) && gap(p, mention) < 12);
      if (venue) place(meetings, doc, mention, sentence, sentence, venue, "echo");
    }
  });
  for (const q of quotations) quotedMeetings(doc, inputs, q, meetings);
  for (const q of quotations) quotedSpan(doc, inputs, q, meetings);
  const lede = ledeEvent(doc, inputs, venues, datesIn, narrative);
  // The body usually dates the lede's meeting ("have resumed talks in Vienna" … "on Monday"): only when it does not.
  if (lede && !meetings.some((m) => m.city === lede.venue.city))
    place(meetings, doc, lede.mention, lede.sentence, lede.sentence, lede.venue, "lede");
  const today = headlineEvent(doc, inputs, meetings);
  if (today) meetings.push(today);
  const separate = splitSeparateMeetings(
    doc,
    splitSidelineMeetings(
      absorbContained(yieldPlannedEnds(yieldArrivalDays(meetings, doc, narrative), doc, narrative)),
      narrative,
      doc.header.date,
    ),
    narrative,
  );
  const elsewhere = [...inputs.places.filter((p) => p.venue), ...inputs.countryVenues];
  const further = addFurtherMeetings(doc, separate, narrative, dates, elsewhere);
  return dropTakenHeadlineVenues(
    addProgrammeMeetings(doc, further, narrative, dates, elsewhere),
    sentences,
    inputs.places,
    narrative,
  ).sort((a, b) => a.date.localeCompare(b.date) || a.city.localeCompare(b.city));
}

const WHERE_SOMEONE_WAS = /,\s*who\s+(?:was|is|had\s+been|has\s+been)\s+(?:in|at|visiting)\s+$/;

// "Kim said on Thursday he had “very meaningful” talks with him", "Modi said on Monday that his meeting with Deuba in
// Lumbini had been excellent": a participant's account, on the report's day, of the meeting he has just had.
const ACCOUNT =
  /^[^.;]{0,30}?\b(?:(?:he|she|they)\s+had\s+(?:held\s+)?(?:[\p{L}“”"'-]+\s+){0,4}(?:talks|meeting|discussions)\b|(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks)\s+with\b[^.;]{0,80}?\b(?:had\s+been|was|were)\b)/u;

/** A report-day verb whose clause is a participant's account of that day's meeting, the sentence naming no other time. */
function accountOfTheDay(
  doc: ArticleDocument,
  narrative: string,
  sentence: Sentence,
  mention: DateMention,
  inSentence: DateMention[],
): boolean {
  return (
    inSentence.length === 1 &&
    mention.date <= doc.header.date &&
    mention.date >= addDays(doc.header.date, -1) &&
    !COARSE_TIME.test(narrative.slice(sentence.start, sentence.end)) &&
    ACCOUNT.test(narrative.slice(mention.end, sentence.end))
  );
}
