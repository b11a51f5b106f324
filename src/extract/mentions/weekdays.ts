import * as chrono from "chrono-node";
import type { ArticleDocument } from "../structure/document.js";
import { statedTense } from "../structure/tense.js";
import { addDays, parseIso } from "./calendar.js";
import type { DateMention } from "./dates.js";

// Weekdays: resolved against the article's date by the tense of their clause, and kept to one day per article.

export /**
 * One report, one Sunday: a bare weekday names the same day throughout an article ("to host … on Sunday" in the
 * headline, "Invitations to Sunday's talks have gone out" in the body). When its mentions resolve to days a week apart,
 * the day most stated tenses point to wins, the headline's counting double; a tie changes nothing.
 */
function harmoniseWeekdays(doc: ArticleDocument, mentions: DateMention[]): void {
  const votes = new Map<number, Map<string, number>>();
  const vote = (day: number, date: string, weight: number) => {
    const byDate = votes.get(day) ?? new Map<string, number>();
    byDate.set(date, (byDate.get(date) ?? 0) + weight);
    votes.set(day, byDate);
  };
  for (const m of mentions) if (m.weekday?.cued) vote(m.weekday.day, m.date, 1);
  const headline = { start: 0, end: doc.header.bodyStart };
  const title = doc.work.slice(0, doc.header.bodyStart);
  const ref = parseIso(doc.header.date);
  for (const r of chrono.parse(title, { instant: ref, timezone: 0 })) {
    if (!r.start.isCertain("weekday") || r.start.isCertain("month") || /\b(?:next|last|this)\b/i.test(r.text))
      continue;
    const tense = statedTense(doc.work, headline, { start: r.index, end: r.index + r.text.length });
    const day = r.start.get("weekday") ?? 0;
    if (tense) vote(day, resolveWeekday(doc.header.date, day, tense), 2);
  }
  for (const m of mentions) {
    const byDate = m.weekday ? votes.get(m.weekday.day) : undefined;
    if (!byDate || byDate.size === 0) continue;
    const ranked = [...byDate].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    if (best && (!second || best[1] > second[1])) m.date = best[0];
  }
}

/**
 * Past: the latest such weekday on or before the article date; future: the first one on or after it ("would start on
 * Saturday" in a Saturday report is that day). "next Saturday" is never the article's own day.
 */
export function resolveWeekday(
  articleDate: string,
  weekday: number,
  tense: "past" | "future",
  next = false,
  last = false,
): string {
  const current = parseIso(articleDate).getUTCDay();
  // "last Thursday" in a Thursday report is a week back, as "next Saturday" on a Saturday is a week ahead.
  if (tense === "past") return addDays(articleDate, -((current - weekday + 7) % 7 || (last ? 7 : 0)));
  const ahead = (weekday - current + 7) % 7;
  return addDays(articleDate, ahead === 0 && next ? 7 : ahead);
}

/**
 * A readout published days later tells its trip day by day: "reached Cairo early on Monday evening, 1 April. … On
 * Tuesday morning, …". A weekday stated beside its calendar day more than a week before the report sets the narrative's
 * time; the bare weekdays after it count on from that day (within its week), not back from the report's date.
 */
export function anchorNarrative(doc: ArticleDocument, mentions: DateMention[]): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let anchor: { date: string; at: number } | null = null;
  sorted.forEach((m, i) => {
    const next = sorted[i + 1];
    if (
      m.weekday &&
      next &&
      !next.weekday &&
      !next.endDate &&
      /^\s*,\s*$/.test(doc.work.slice(m.end, next.start)) &&
      parseIso(next.date).getUTCDay() === m.weekday.day &&
      next.date < addDays(doc.header.date, -7)
    ) {
      anchor = { date: next.date, at: next.end };
      m.date = next.date;
      return;
    }
    const from = anchor as { date: string; at: number } | null;
    if (!from || !m.weekday || m.start < from.at) return;
    const ahead = (m.weekday.day - parseIso(from.date).getUTCDay() + 7) % 7;
    m.date = addDays(from.date, ahead);
  });
}
