import { MONTHS } from "../lexicon/index.js";
import type { Span } from "../types.js";

/** The dateline that opens a wire report: `GENEVA (AP) —`, `BEIJING, June 19 (Xinhua) --`, `BRUSSELS, January 12. /TASS/.` */
export interface Dateline extends Span {
  /** The place as written ("GENEVA", "Kabul"), to be looked up by the mentions stage; null for `July 20 (Interfax) -`. */
  place: Span | null;
}

const MONTH = `(?:${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
const DAY = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s+\\d{4})?`;
const UPPER_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}.'’-]+){0,3}";
// ("Nur-Sultan [Kazakhstan], December 10 (ANI/Sputnik):", "Port-au-Prince": a hyphen may join capitalised parts.)
const TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’-]+)*";
const TITLE_PLACE = `${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}`;
// ", Colombia" or ANI's "New Delhi [India], October 7 :".
const REGION = "(?:,\\s*\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,30}?|\\s*\\[\\p{Lu}[^\\]\\n]{1,30}\\])?";
const AGENCY = "\\([^()\\n]{1,80}\\)";
// "Vienna, May 17, IRNA -": an agency's initials after a comma, without parentheses.
const BARE_AGENCY = "\\p{Lu}{2,8}";
// "MOSCOW (UrduPoint News / Sputnik - 10th October, 2019) Head of …": an agency holding a date needs no dash.
const DATED_AGENCY = `\\([^()\\n]{1,60}?[-–—,]\\s*${DAY}\\)\\s*(?=\\p{Lu})`;
// ("Mexico City, Feb 13 (EFE).- A second round …": EFE's full stop and hyphen.)
const DASH = "(?:—|–|--?|:|\\.-|\\.?\\s*\\/\\p{Lu}+\\/\\.?)";
// An upper-case place needs only its dash (not a hyphen inside its name: "NUR-SULTAN. KAZINFORM"); a title-case one ("Kabul, Feb 29 (Reuters) -") also a date or an agency.
const UPPER_LINE = new RegExp(
  `^(${UPPER_PLACE})${REGION}(?:,?\\s*${DAY})?\\.?,?\\s*(?:${AGENCY}|${BARE_AGENCY})?\\s*(?!(?<=\\p{Lu})-\\p{L})${DASH}\\s*`,
  "u",
);
const DATED_AGENCY_LINE = new RegExp(`^(${UPPER_PLACE}|${TITLE_PLACE})${REGION}\\s*${DATED_AGENCY}`, "u");
// "Mexico City, Sep 30 (Prensa Latina) Next week, …": a place, a date and an agency need no dash either.
const DATE_AGENCY_LINE = new RegExp(
  `^(${UPPER_PLACE}|${TITLE_PLACE})${REGION},?\\s*${DAY}\\.?\\s*${AGENCY}\\s*(?=\\p{Lu})`,
  "u",
);
// "BELGRADE / PRISTINA –", "New Delhi/Colombo, Oct 3:": two reporters' cities name no one venue (the place stays null).
// ("SEOUL/TOKYO, Oct. 28 Kyodo -": Kyodo's name after the day, without parentheses.)
const DUAL_LINE = new RegExp(
  `^(?:${UPPER_PLACE}|${TITLE_PLACE})\\s*\\/\\s*(?:${UPPER_PLACE}|${TITLE_PLACE})(?:,?\\s*${DAY}(?:\\s+\\p{Lu}\\p{Ll}+)?)?\\.?\\s*(?:${AGENCY})?\\s*${DASH}\\s*`,
  "u",
);
// "Cartagena, Colombia — A historic peace accord …": a title-case place and its country before a long dash.
const TITLE_REGION_LINE = new RegExp(
  `^(${TITLE_PLACE}),\\s*${TITLE_PLACE}\\s*(?:—|–|--)\\s*(?=\\p{Lu})`,
  "u",
);
// "Beijing, Dec 16 For the 23rd meeting …": in the first paragraph, a place and a day run straight into the sentence.
const PLACE_DATE_LINE = new RegExp(`^(${UPPER_PLACE}|${TITLE_PLACE}),\\s*${DAY}\\s+(?=\\p{Lu})`, "u");
// "Abu Dhabi: US Secretary of State …": a title-case place and a colon opening the first paragraph (the mentions
// stage keeps it only if it is a city).
const TITLE_COLON_LINE = new RegExp(`^(${TITLE_PLACE}):\\s+(?=\\p{Lu})`, "u");
// "BISHKEK, Kyrgyzstan, October 13." (Trend): an upper-case place and its day closed by a full stop.
const UPPER_DATE_STOP_LINE = new RegExp(`^(${UPPER_PLACE})${REGION},?\\s*${DAY}\\.(?:\\s+|$)`, "u");
// "Brussels, 19/06/2021", "Brussels 21.09.2020 On Tuesday …" (the EU's press releases), "Ventotene, 22 August 2016,
// 19:34": a place and a numeric or full date, alone on its line or run into the first sentence.
const NUMERIC_DAY = "\\d{1,2}[./]\\d{1,2}[./]\\d{4}";
const PLACE_NUMERIC_LINE = new RegExp(
  `^(${UPPER_PLACE}|${TITLE_PLACE}),?\\s+(?:${NUMERIC_DAY}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})(?:,\\s*\\d{1,2}:\\d{2})?(?:\\s*$|\\s+(?=\\p{Lu}))`,
  "u",
);
// "Tehran, IRNA – …", "Seoul - QNA", "NUR-SULTAN. KAZINFORM Foreign Minister …": a place and an agency's initials.
const PLACE_AGENCY_LINE = new RegExp(
  `^(${UPPER_PLACE}|${TITLE_PLACE})(?:,\\s*${BARE_AGENCY}\\s*${DASH}\\s*|\\s*(?:—|–|-)\\s*${BARE_AGENCY}(?:\\s*$|\\s+(?=\\p{Lu}))|\\.\\s+\\p{Lu}{2,10}\\s+(?=\\p{Lu}))`,
  "u",
);
// "July 20 (Interfax) - His meeting …": a date and an agency, no place.
const DATE_ONLY_LINE = new RegExp(`^${DAY}\\.?\\s*${AGENCY}\\s*${DASH}\\s*`, "u");
const TITLE_LINE = new RegExp(
  `^(${TITLE_PLACE})${REGION}(?:(?:,?\\s*${DAY})\\.?\\s*(?:${AGENCY}|,\\s*${BARE_AGENCY})?|\\s*${AGENCY})\\s*${DASH}\\s*`,
  "u",
);

/** The dateline at the start of one of the first body paragraphs, if any. */
export function findDateline(text: string, paragraphs: Span[]): Dateline | null {
  for (const para of paragraphs.slice(0, 3)) {
    // "(UrduPoint / Pakistan Point News / WAM - 15th Jan, 2023) ABU DHABI, 15th January, 2023 (WAM) –": a
    // republisher's credit may come before the dateline.
    const credit =
      /^\([^()\n]{1,80}\)\s+(?=\p{Lu})/u.exec(text.slice(para.start, para.start + 90))?.[0].length ?? 0;
    const head = text.slice(para.start + credit, Math.min(para.end, para.start + credit + 160));
    const start = para.start + credit;
    const dateOnly = DATE_ONLY_LINE.exec(head) ?? DUAL_LINE.exec(head);
    if (dateOnly) return { start: para.start, end: start + dateOnly[0].length, place: null };
    const m =
      UPPER_LINE.exec(head) ??
      UPPER_DATE_STOP_LINE.exec(head) ??
      DATED_AGENCY_LINE.exec(head) ??
      TITLE_LINE.exec(head) ??
      TITLE_REGION_LINE.exec(head) ??
      DATE_AGENCY_LINE.exec(head) ??
      PLACE_AGENCY_LINE.exec(head) ??
      (para === paragraphs[0]
        ? (TITLE_COLON_LINE.exec(head) ?? PLACE_DATE_LINE.exec(head) ?? PLACE_NUMERIC_LINE.exec(head))
        : null);
    if (!m?.[1]) continue;
    // A sentence that merely starts with a capitalised word and a colon is no dateline: the place must be short.
    if (m[1].split(/\s+/).length > 4) continue;
    // "From September 2-4, 2025, …", "On Monday: …": a sentence opening with a preposition is no place.
    if (/^(?:From|On|In|At|By|Since|After|Before|Until|During|For|The|This|Last|Next)\b/.test(m[1])) continue;
    return { start: para.start, end: start + m[0].length, place: { start, end: start + m[1].length } };
  }
  return null;
}
