import type { ArticleDocument } from "../structure/document.js";
import { sentenceAt } from "../structure/sentences.js";
import { clauseTense } from "../structure/tense.js";
import { iso } from "./calendar.js";
import type { DateMention } from "./dates.js";

// Days written as ordinals without a month: "on the 15th", "the 25th of this month".

// "on the 15th": a day of the article's month (or the adjacent one the tense points to).
// "the 16th round", "the 2nd Asean-GCC Summit": an ordinal before a noun counts something, it is no day.
const ORDINAL_DAY =
  /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?![\s-]+(?:of|[Cc]entury|[Aa]nniversary)\b)(?!\s+(?!(?:and|to|at|in|when|with|until|or|but|as|after|before|for|from|on)\b)\p{L})/gu;

/** "on the 15th" (the article's month, or the adjacent one the clause's tense points to) and "the 25th of this month". */
export function ordinalDays(doc: ArticleDocument): DateMention[] {
  const articleDate = doc.header.date;
  const body = doc.work.slice(doc.header.bodyStart);
  const base = doc.header.bodyStart;
  const out: DateMention[] = [];
  ORDINAL_DAY.lastIndex = 0;
  for (let m = ORDINAL_DAY.exec(body); m; m = ORDINAL_DAY.exec(body)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const start = base + m.index;
    const end = start + m[0].length;
    const sentence = sentenceAt(doc.sentences, start) ?? { start, end };
    const tense = clauseTense(doc.work, sentence, { start, end });
    let [y, mo] = [Number(articleDate.slice(0, 4)), Number(articleDate.slice(5, 7))];
    const articleDay = Number(articleDate.slice(8, 10));
    if (tense === "past" && day > articleDay) mo -= 1;
    if (tense === "future" && day < articleDay) mo += 1;
    if (mo < 1) [y, mo] = [y - 1, 12];
    if (mo > 12) [y, mo] = [y + 1, 1];
    out.push({ start, end, date: iso(y, mo, day), endDate: null, certainty: "inferred", text: m[0] });
  }
  // "will be held on the 25th of this month", "the 3rd of next month": a day of the article's month or the next.
  const OF_MONTH = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|next|last)\s+month\b/gi;
  for (let m = OF_MONTH.exec(body); m; m = OF_MONTH.exec(body)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    let [y, mo] = [Number(articleDate.slice(0, 4)), Number(articleDate.slice(5, 7))];
    mo += { this: 0, next: 1, last: -1 }[(m[2] ?? "this").toLowerCase() as "this"] ?? 0;
    if (mo < 1) [y, mo] = [y - 1, 12];
    if (mo > 12) [y, mo] = [y + 1, 1];
    const start = base + m.index;
    out.push({
      start,
      end: start + m[0].length,
      date: iso(y, mo, day),
      endDate: null,
      certainty: "inferred",
      text: m[0],
    });
  }
  return out;
}
