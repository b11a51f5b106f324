import type { DateMention } from "../mentions/dates.js";
import type { PlaceMention } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Sentence } from "../structure/sentences.js";
import type { FrameInputs, MeetingDraft } from "./meetings.js";
import { hasMeetingTrigger } from "./triggers.js";

// Meetings a report implies by its shape rather than states in a dated sentence: the lede of a same-day report and a
// present-tense headline.

// The lede of a same-day report: "talks have begun in X", "are meeting in X", "came to an end", "got under way".
const LEDE_NOW =
  /\b(?:has|have)\s+(?:begun|started|opened|ended|concluded|resumed|wrapped\s+up|received|met|held\s+talks|signed)\b|\b(?:are|is)\s+(?:meeting|holding|under\s*way)\b|\bcame\s+to\s+an\s+end\b|\bgot\s+under\s*way\b|\bhave\s+just\s+ended\b/i;
// ("who since then has been here" is now.)
// ("have held talks in Baghdad in recent weeks": some day of the past weeks, not today.)
const LEDE_PAST =
  /\b(?:last|ago|earlier|previous|previously|recently|recent|since(?!\s+then)|will|would|next)\b|\bin\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks|months)\b/i;

/**
 * An undated meeting the first sentences of a report describe as happening now, dated by the dateline's day or the
 * article's: "ISTANBUL. March 29 (Interfax) - As the round of talks held in Istanbul came to an end, …".
 */
export function ledeEvent(
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
    // ("HANOI, Jan. 8 (Prensa Latina) The main leaders of Vietnam have received …": the dateline's city, when the
    // lede runs on from the dateline.)
    const dateline = doc.dateline;
    const fromDateline =
      dateline && dateline.end > sentence.start && dateline.start <= sentence.start + 1
        ? inputs.datelinePlace
        : null;
    const venue = venues[i]?.[0] ?? fromDateline ?? undefined;
    if (!venue || (datesIn[i]?.length ?? 0) > 0 || !LEDE_NOW.test(text) || LEDE_PAST.test(text)) continue;
    if (!hasMeetingTrigger(narrative, sentence)) continue;
    const date = filedOn(doc, inputs);
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
  /(?<!\b(?:to|will|would|may|might|could|set to|plan to|expected to)\s)\b(?:sign|signs|hold|holds|meet|meets|host|hosts|opens?|agree|agrees|begin|begins|resume|resumes|start|starts|convene|convenes|gather|gathers|sit\s+down|sits\s+down|kick\s+off|kicks\s+off)\b(?!\s+(?:up|off|back|out)\b)/i;
const HEADLINE_DATE =
  /\b(?:yesterday|today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|next|last)\b/;

/**
 * The meeting a present-tense headline reports, on the article's date, when the body dates no meeting in the
 * headline's city or country: the city named in the headline, or for a country the city of it the body names as a
 * venue (or the dateline's).
 */
export function headlineEvent(
  doc: ArticleDocument,
  inputs: FrameInputs,
  meetings: MeetingDraft[],
): MeetingDraft | null {
  const headline = doc.work.slice(0, doc.header.bodyStart);
  const event = HEADLINE_EVENT.exec(headline);
  if (!event || HEADLINE_DATE.test(headline.replace(/^\s*date\s+\S+/, ""))) return null;
  // "Guterres to visit Italy, meet Mattarella": a verb listed after an infinitive or a modal shares its future.
  if (/\b(?:to|will|would|may|might|could)\s+\p{L}+\b[^.;:]*,\s*$/u.test(headline.slice(0, event.index)))
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
  const date = filedOn(doc, inputs);
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

/** The day a report was filed: its dateline's date ("ANTALYA, March 10 (Xinhua) --"), else the article's. */
function filedOn(doc: ArticleDocument, inputs: FrameInputs): string {
  const dateline = doc.dateline;
  const filed = dateline && inputs.dates.find((d) => d.start >= dateline.start && d.end <= dateline.end);
  return filed ? filed.date : doc.header.date;
}
