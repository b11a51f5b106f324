// Second passes over a report's dates: offsets counted from a named day ("two weeks from Jan. 11"), years named after
// a day ("23-24 March last year"), days counted on ("two days later") and adjacent days joined into a span.
import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import { addDays, COUNTS, parseIso } from "./calendar.js";
import type { DateMention } from "./dates.js";

/** "will resume in Istanbul two weeks from Jan. 11": the date named is the point the offset counts from. */
export function shiftOffsets(doc: ArticleDocument, mentions: DateMention[]): void {
  for (const m of mentions) {
    if (m.relative) continue;
    const offset = /\b(a|one|two|three|four|five|six|seven)\s+(days?|weeks?)\s+(from|after)\s+$/i.exec(
      doc.work.slice(Math.max(0, m.start - 30), m.start),
    );
    // "to visit China for three days from Dec. 23": a stay that starts on the day, no offset.
    if (!offset || /\bfor\s+$/i.test(doc.work.slice(Math.max(0, m.start - 40), m.start - offset[0].length)))
      continue;
    const n = (COUNTS[(offset[1] ?? "").toLowerCase()] ?? 1) * (/^week/i.test(offset[2] ?? "") ? 7 : 1);
    m.date = addDays(m.date, n);
    if (m.endDate) m.endDate = addDays(m.endDate, n);
    m.certainty = "inferred";
  }
}

/** "on 23-24 March last year", "on May 5 next year": the year the words after a day name. */
export function qualifyYears(doc: ArticleDocument, mentions: DateMention[]): void {
  const year = Number(doc.header.date.slice(0, 4));
  for (const m of mentions) {
    if (m.relative || /\b\d{4}\b/.test(m.text) || m.weekday) continue;
    const q = /^,?\s+(last|next|this)\s+year\b/i.exec(doc.work.slice(m.end, m.end + 20))?.[1]?.toLowerCase();
    if (!q) continue;
    const target = q === "last" ? year - 1 : q === "next" ? year + 1 : year;
    const shift = (d: string) => `${target}${d.slice(4)}`;
    // (29 February of a year without one stays as read.)
    if (new Date(`${shift(m.date)}T00:00:00Z`).toISOString().slice(0, 10) !== shift(m.date)) continue;
    m.date = shift(m.date);
    if (m.endDate) m.endDate = shift(m.endDate);
  }
}

/**
 * "Originally scheduled for 2 September, the meeting … will now take place two days later": a day counted from the
 * date before it in the same sentence.
 */
export function addDaysLater(doc: ArticleDocument, mentions: DateMention[]): void {
  const LATER = /\b(a|one|two|three|four|five|six|seven)\s+(days?|weeks?)\s+later\b/gi;
  for (const m of doc.work.slice(doc.header.bodyStart).matchAll(LATER)) {
    const start = doc.header.bodyStart + (m.index ?? 0);
    const end = start + m[0].length;
    const sentence = sentenceAt(doc.sentences, start);
    const from = mentions
      .filter((d) => sentence && d.start >= sentence.start && d.end <= start && !d.relative)
      .pop();
    if (!from || mentions.some((d) => d.start < end && d.end > start)) continue;
    const n = (COUNTS[(m[1] ?? "").toLowerCase()] ?? 1) * (/^week/i.test(m[2] ?? "") ? 7 : 1);
    const date = addDays(from.endDate ?? from.date, n);
    mentions.push({ start, end, date, endDate: null, certainty: "inferred", text: m[0] });
  }
}

/** "on Tuesday and Wednesday": two adjacent day references a few days apart are one multi-day span. */
export function joinDayPairs(doc: ArticleDocument, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const between = prev ? doc.work.slice(prev.end, m.start) : "";
    const days = prev ? (parseIso(m.date).getTime() - parseIso(prev.date).getTime()) / 86400000 : 0;
    if (prev && !prev.endDate && /^\s*(?:and|to|through|-|–)\s*$/.test(between) && days >= 1 && days <= 3) {
      prev.endDate = m.date;
      prev.end = m.end;
      prev.text = doc.text.slice(prev.start, m.end);
      continue;
    }
    out.push(m);
  }
  return out;
}
