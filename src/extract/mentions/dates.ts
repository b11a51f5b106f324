import * as chrono from "chrono-node";
import { MONTHS, WEEKDAYS } from "../lexicon/index.js";
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import { statedTense, type Tense, wholeSentenceTense } from "../structure/tense.js";
import { addDays, COUNTS, closestYear, iso, parseIso } from "./calendar.js";
import { addDaysLater, joinDayPairs, qualifyYears, shiftOffsets } from "./date-adjustments.js";
import { ordinalDays } from "./ordinal-days.js";
import { anchorNarrative, harmoniseWeekdays, resolveWeekday } from "./weekdays.js";

export { addDays } from "./calendar.js";
export { resolveWeekday } from "./weekdays.js";

import type { DateCertainty, Span } from "../types.js";

/** A reference to one calendar day (or a run of days) in the body. */
export interface DateMention extends Span {
  date: string;
  endDate: string | null;
  certainty: DateCertainty;
  text: string;
  /** "comes a day after …": dates the event named after it, counted back from the article's day. */
  relative?: boolean;
  /** A bare weekday ("on Sunday", not "next Sunday"): its day of the week, and whether its clause stated a tense. */
  weekday?: { day: number; cued: boolean };
}

// Full names and the abbreviations wire copy uses ("Sept. 8 and 9", "Jan 23-25").
const MONTH_RE = `(?:${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
// Two-day meetings chrono reads as one day: "March 29 and 30", "29 and 30 March", "June 5-6", "April 13/14".
// ("on 17 and 18 November 2018": a stated year is the span's.)
const RANGE_MONTH_FIRST = new RegExp(
  `\\b(${MONTH_RE})\\s+(\\d{1,2})\\s*(and|to|-|–|—|/)\\s*(\\d{1,2})\\b(?:,?\\s*(\\d{4})\\b)?`,
  "dg",
);
const RANGE_DAY_FIRST = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(and|to|-|–|—)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b(?:,?\\s*(\\d{4})\\b)?`,
  "dg",
);
// "October 14 and 28-29": after a listing "and", the second day may open a span of its own.
const SECOND_SPAN = /^\s*(?:-|–|—)\s*(\d{1,2})\b/;

const RELATIVE_DAY = new RegExp(
  `\\b(?:yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)|${WEEKDAYS.join("|")})\\b`,
  "i",
);

const monthNumber = (name: string): number => {
  const word = name.replace(/\.$/, "").toLowerCase();
  return (
    MONTHS.findIndex((m) => m.toLowerCase() === word || m.toLowerCase().startsWith(word.slice(0, 3))) + 1
  );
};

const HEADLINE_DAY =
  /\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*)\b/g;

/** The calendar days a headline names ("… talks in Kaesong for Dec. 11"), as "MM-DD". */
export function headlineDays(doc: ArticleDocument): string[] {
  const headline = doc.work.slice(0, doc.header.bodyStart).replace(/^\s*date\s+\S+/, "");
  return [...headline.matchAll(HEADLINE_DAY)].flatMap((m) => {
    const month = monthNumber(m[1] ?? m[4] ?? "");
    const day = Number(m[2] ?? m[3]);
    return month > 0 && day >= 1 && day <= 31
      ? [`${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`]
      : [];
  });
}

/** Every day-precise date in the body: absolute, ranges, weekday/yesterday resolved against the article date. */
export function findDates(doc: ArticleDocument): DateMention[] {
  const articleDate = doc.header.date;
  const body = doc.work.slice(doc.header.bodyStart);
  const base = doc.header.bodyStart;
  const out: DateMention[] = [];
  const taken = (start: number, end: number) => out.some((m) => start < m.end && end > m.start);
  const add = (m: DateMention) => {
    if (!taken(m.start, m.end)) out.push(m);
  };

  for (const re of [RANGE_MONTH_FIRST, RANGE_DAY_FIRST]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const dayFirst = re === RANGE_DAY_FIRST;
      const month = monthNumber((dayFirst ? m[4] : m[1]) ?? "");
      const d1 = Number(dayFirst ? m[1] : m[2]);
      const d2 = Number(dayFirst ? m[3] : m[4]);
      if (!(d1 >= 1 && d2 > d1 && d2 <= 31)) continue;
      const year = m[5] ? Number(m[5]) : closestYear(articleDate, month, d1);
      const start = base + m.index;
      const end = start + m[0].length;
      // "on October 14 and 28", "on 4 and 12 May": two days "and" lists weeks apart are two meetings' days, not one
      // span's (as joinDayPairs reads "Tuesday and Wednesday"); the second may open a span of its own ("28-29").
      if (m[dayFirst ? 2 : 3] === "and" && d2 - d1 > 3) {
        const at = (group: number): [number, number] => m.indices?.[group] ?? [0, 0];
        const monthSpan = at(dayFirst ? 4 : 1);
        const [d1Start, d1End] = at(dayFirst ? 1 : 2);
        const [d2Start, d2End] = at(dayFirst ? 3 : 4);
        const tail = dayFirst ? null : SECOND_SPAN.exec(body.slice(d2End));
        const d3 = tail ? Number(tail[1]) : 0;
        const spans = tail !== null && d3 > d2 && d3 <= 31;
        const single = (from: number, to: number, date: string, endDate: string | null) =>
          add({
            start: base + from,
            end: base + to,
            date,
            endDate,
            certainty: "stated",
            text: body.slice(from, to),
          });
        single(dayFirst ? d1Start : monthSpan[0], d1End, iso(year, month, d1), null);
        single(
          d2Start,
          dayFirst ? (m.indices?.[0]?.[1] ?? d2End) : d2End + (spans ? (tail?.[0].length ?? 0) : 0),
          iso(year, month, d2),
          spans ? iso(year, month, d3) : null,
        );
        continue;
      }
      add({
        start,
        end,
        date: iso(year, month, d1),
        endDate: iso(year, month, d2),
        certainty: "stated",
        text: m[0],
      });
    }
  }

  for (const repair of doc.dayRepairs) {
    const month = monthNumber(doc.text.slice(repair.month.start, repair.month.end).replace(".", ""));
    if (month < 1) continue;
    const year = closestYear(articleDate, month, repair.day);
    const text = `${doc.text.slice(repair.month.start, repair.month.end)} ${repair.day}`;
    add({ ...repair.month, date: iso(year, month, repair.day), endDate: null, certainty: "stated", text });
  }

  // "The announcement comes a day after Bolton held talks in Moscow", "It takes place six days after the ministers
  // met in Moscow": the report's day minus the stated days.
  const RELATIVE =
    /\b(?:comes|come|is|are|takes\s+place)\s+((a|one|two|three|four|five|six|seven)\s+days?\s+(after|before))\b/gi;
  for (let m = RELATIVE.exec(body); m; m = RELATIVE.exec(body)) {
    const phrase = m[1] ?? "";
    const n = COUNTS[(m[2] ?? "").toLowerCase()] ?? 1;
    const start = base + m.index + m[0].indexOf(phrase);
    const date = addDays(articleDate, m[3]?.toLowerCase() === "after" ? -n : n);
    add({
      start,
      end: start + phrase.length,
      date,
      endDate: null,
      certainty: "inferred",
      text: phrase,
      relative: true,
    });
  }
  // "For the last two days, the delegations have been meeting in Nairobi": a span that ends on the report's day.
  const LAST_DAYS = /\b(?:for|over|in)\s+the\s+(?:last|past)\s+(two|three|four|five|six|seven)\s+days\b/gi;
  for (let m = LAST_DAYS.exec(body); m; m = LAST_DAYS.exec(body)) {
    const n = COUNTS[(m[1] ?? "").toLowerCase()] ?? 2;
    const start = base + m.index;
    add({
      start,
      end: start + m[0].length,
      date: addDays(articleDate, -(n - 1)),
      endDate: articleDate,
      certainty: "inferred",
      text: m[0],
    });
  }

  const ref = parseIso(articleDate);
  // A weekday whose clause states no tense takes the tense of the weekday before it in the sentence: "followed by a
  // meeting in Brussels on Wednesday and by a session in Vienna on Thursday".
  const sentenceTense = new Map<number, Tense>();
  for (const parsed of chrono.parse(body, { instant: ref, timezone: 0 })) {
    // chrono reads "morning on March 3" as an uncertain day: parse the date after the part of the day alone.
    // ("…, in the evening. On Monday, 26 February, he …": nor does a date run across a sentence's end.)
    const lead =
      /^(?:(?:in\s+)?the\s+)?(?:morning|afternoon|evening|night)\s+(?:of|on)\s+/i.exec(parsed.text) ??
      /^[^.!?]*[.!?]\s+(?=\p{Lu})/u.exec(parsed.text);
    const inner = lead
      ? chrono.parse(parsed.text.slice(lead[0].length), { instant: ref, timezone: 0 })[0]
      : undefined;
    const r = inner ?? parsed;
    const index = inner && lead ? parsed.index + lead[0].length + inner.index : parsed.index;
    const trimmed = r.text.replace(/[\s,.;:]+$/, "").replace(/^(?:on|by|from|until|since)\s+/i, "");
    const start = base + index + r.text.indexOf(trimmed);
    const end = start + trimmed.length;
    const mention = fromChrono(doc, r, start, end, articleDate, sentenceTense);
    if (mention) add(mention);
  }

  for (const m of ordinalDays(doc)) add(m);
  harmoniseWeekdays(doc, out);
  anchorNarrative(doc, out);
  shiftOffsets(doc, out);
  qualifyYears(doc, out);
  addDaysLater(doc, out);
  return joinDayPairs(
    doc,
    out.sort((a, b) => a.start - b.start),
  );
}

function fromChrono(
  doc: ArticleDocument,
  r: chrono.ParsedResult,
  start: number,
  end: number,
  articleDate: string,
  sentenceTense: Map<number, Tense>,
): DateMention | null {
  const c = r.start;
  // Only calendar days, weekdays and yesterday/today/tomorrow: "next week", "after two days" are not a day.
  // ("the last day of August" is a day too.)
  const edgeOfMonth = /^(?:the\s+)?(?:first|last)\s+day\s+of\s+\p{Lu}/u.test(r.text);
  if (!/\d/.test(r.text) && !RELATIVE_DAY.test(r.text) && !edgeOfMonth) return null;
  // "for 101 days", "in two weeks": a duration, not a day.
  if (/\b(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(r.text) && !edgeOfMonth) return null;
  if (c.isCertain("hour") && !c.isCertain("day") && !c.isCertain("weekday")) return null;
  // "talks that had lasted more than 8-1/2 hours", "a 2/3 majority": news prose writes no day as "1/2" without a year.
  if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim())) return null;
  const possessive = /^[’']s\b/.test(doc.work.slice(end, end + 3)) ? 2 : 0;
  const text = doc.text.slice(start, end + possessive);
  // "expected this evening": the article's own day (chrono leaves the day uncertain).
  if (/^this\s+(?:morning|afternoon|evening)$/i.test(r.text))
    return { start, end: end + possessive, date: articleDate, endDate: null, certainty: "inferred", text };
  // "This Thursday": chrono fixes the day itself; the clause's tense decides it like any bare weekday.
  const weekdayOnly = c.isCertain("weekday") && !/\d/.test(r.text) && !RELATIVE_DAY.test(r.text);
  if (c.isCertain("day") && c.isCertain("month") && !weekdayOnly) {
    // "11.01.2017": a dotted numeric date is day first wherever reports write it (chrono reads it month first); a
    // slashed one ("12/05/2021") is read the way that lands nearer the report's day.
    const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(r.text.trim());
    const dayFirst =
      slashed !== null &&
      Number(slashed[2]) <= 12 &&
      Math.abs(
        Date.parse(iso(Number(slashed[3]), Number(slashed[2]), Number(slashed[1]))) - Date.parse(articleDate),
      ) <
        Math.abs(
          Date.parse(iso(Number(slashed[3]), Number(slashed[1]), Number(slashed[2]))) -
            Date.parse(articleDate),
        );
    const dotted = /^(\d{1,2})\.(\d{1,2})\.\d{4}$/.exec(r.text.trim()) ?? (dayFirst ? slashed : null);
    const month = dotted ? Number(dotted[2]) : (c.get("month") ?? 1);
    const day = dotted ? Number(dotted[1]) : (c.get("day") ?? 1);
    if (month > 12) return null;
    const explicitYear = c.isCertain("year");
    const relative = !/\d/.test(r.text);
    const year = explicitYear || relative ? (c.get("year") ?? 0) : closestYear(articleDate, month, day);
    const date = iso(year, month, day);
    let endDate: string | null = null;
    if (r.end?.isCertain("day")) {
      const e = r.end;
      const candidate = iso(
        e.isCertain("year") ? (e.get("year") ?? year) : year,
        e.get("month") ?? month,
        e.get("day") ?? day,
      );
      if (candidate > date) endDate = candidate;
    }
    return { start, end: end + possessive, date, endDate, certainty: relative ? "inferred" : "stated", text };
  }
  if (c.isCertain("weekday") && (!c.isCertain("month") || weekdayOnly)) {
    const weekday = c.get("weekday") ?? 0;
    const sentence = sentenceAt(doc.sentences, start) ?? { start, end };
    // "which will last until tomorrow, Friday": a weekday in apposition to a relative day is that day.
    const apposed = /\b(today|tomorrow|yesterday)\s*,\s*$/i.exec(
      doc.work.slice(Math.max(0, start - 14), start),
    );
    if (apposed) {
      const shift =
        { today: 0, tomorrow: 1, yesterday: -1 }[(apposed[1] ?? "").toLowerCase() as "today"] ?? 0;
      const date = addDays(articleDate, shift);
      return { start, end: end + possessive, date, endDate: null, certainty: "inferred", text };
    }
    const lower = r.text.toLowerCase();
    // "put off until Friday": the new date of a postponed meeting lies ahead.
    const postponedTo =
      /\b(?:postponed|put\s+off|delayed|pushed\s+back|moved|rescheduled)\s+(?:to|until|till)\s+$/i.test(
        doc.work.slice(Math.max(0, start - 40), start),
      );
    // "a summit for Wednesday", "set for Friday": a day something is set for lies ahead, unless the report says
    // it was postponed or called off (then it may be past).
    const setFor =
      /\bfor\s+$/i.test(doc.work.slice(Math.max(0, start - 5), start)) &&
      !/\b(?:postpon|put\s+off|cancel|called\s+off|delay|initially|originally)/i.test(
        doc.work.slice(sentence.start, sentence.end),
      );
    const tense =
      /\bnext\b/.test(lower) || postponedTo || setFor
        ? "future"
        : /\blast\b/.test(lower)
          ? "past"
          : (statedTense(doc.work, sentence, { start, end: end + possessive }) ??
            sentenceTense.get(sentence.start) ??
            wholeSentenceTense(doc.work, sentence) ??
            "past");
    sentenceTense.set(sentence.start, tense);
    const qualified = /\b(?:next|last|this|past|coming)\b/.test(lower);
    const cued =
      postponedTo || setFor || statedTense(doc.work, sentence, { start, end: end + possessive }) !== null;
    const date = resolveWeekday(articleDate, weekday, tense, /\bnext\b/.test(lower), /\blast\b/.test(lower));
    // "from Sunday to Wednesday": chrono's range ends on the next such weekday.
    const last = r.end?.isCertain("weekday") ? (r.end.get("weekday") ?? weekday) : weekday;
    const span = (last - weekday + 7) % 7;
    return {
      start,
      end: end + possessive,
      date,
      endDate: span > 0 ? addDays(date, span) : null,
      certainty: "inferred",
      text,
      ...(qualified || span > 0 ? {} : { weekday: { day: weekday, cued } }),
    };
  }
  return null;
}
