import type { DateMention } from "../mentions/dates.js";

// How long a meeting lasts, as a sentence states it: "since Sunday … conclude Thursday", "two days of talks".

// "holding talks since Sunday … expected to conclude Thursday", "from Monday until Wednesday": one meeting's span.
const SPAN_START = /\b(?:since|from)\s+(?:[\p{L}]+\s+){0,1}$/u;
const SPAN_END =
  /\b(?:until|till|through|to\s+(?:conclude|end)|conclude|concluding|end|ending|wrap\s+up)\s+(?:on\s+)?$/i;

// "will arrive in Mexico City on October 3 and will stay there until October 5": a visit's span.
const ARRIVES = /\b(?:arrive|arrives|arriving|arrived)\b[^.;,]{0,40}?\bon\s+$/i;

// "They started today, the 25th of October, and will end on the 30th": a start and an end said with their verbs.
const STARTED = /\b(?:started|began|opened|start|begin|open|starts|begins|opens)\b[^.;]{0,30}$/i;

/** The first and last day a passage states with "started … will end on …", else null. */
export function startedAndEnds(work: string, dates: DateMention[]): { date: string; endDate: string } | null {
  const first = dates.find((d) => STARTED.test(work.slice(Math.max(0, d.start - 40), d.start)));
  const last = dates.find(
    (d) =>
      first &&
      d.date > first.date &&
      SPAN_END.test(work.slice(Math.max(0, d.start - 25), d.start).replace(/\bthe\s+$/, "")),
  );
  return first && last ? { date: first.date, endDate: last.date } : null;
}

/** Two dates of one sentence that open and close a span become one mention covering it. */
export function joinSinceUntil(work: string, dates: DateMention[]): DateMention[] {
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i] as DateMention;
    const b = dates[i + 1] as DateMention;
    const opens =
      SPAN_START.test(work.slice(Math.max(0, a.start - 12), a.start)) ||
      ARRIVES.test(work.slice(Math.max(0, a.start - 50), a.start));
    const closes = SPAN_END.test(work.slice(Math.max(0, b.start - 25), b.start));
    if (!opens || !closes || b.date <= a.date || a.endDate || b.endDate) continue;
    const joined: DateMention = { ...a, end: b.end, endDate: b.date, text: work.slice(a.start, b.end) };
    return [...dates.slice(0, i), joined, ...dates.slice(i + 2)];
  }
  return dates;
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
  /\b(two|three|four|five|[2-5])[- ]days?[- ]long\b|\b(two|three|four|five|[2-5])[- ]day\b|\b(?:run|last|lasting|continue)\s+(?:for\s+)?(two|three|four|five|[2-5])\s+days\b|\b(two|three|four|five|[2-5])\s+days\s+of\s+(?:[\p{Ll}-]+\s+){0,2}(?:talks|negotiations|meetings|consultations|discussions)\b|\bover\s+the\s+(?:past|last)\s+(two|three|four|five|[2-5])\s+days\b|\b(?:talks|negotiations|meetings|consultations)\s+(?:[\p{Ll}.]+\s+){0,5}for\s+(two|three|four|five|[2-5])\s+days\b/iu;
// "Two days of talks … were concluded Thursday", "held over the past two days": the date is the last day.
const ENDED = /\b(?:conclude[sd]?|conclusion|ended|ends|wrapped\s+up|closed|over\s+the\s+(?:past|last))\b/i;

// "The second day of dialogue … got under way Friday", "as the summit enters its second day": the date is the n-th day.
const NTH_DAY = /\b(second|third|fourth|fifth)\s+day\b/i;
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };

/** Days the sentence says the meeting lasts: positive when its date is the first day, negative when the last. */
export function statedLength(sentence: string): number {
  const m = LENGTH.exec(sentence);
  const nth = NTH_DAY.exec(sentence)?.[1];
  if (!m && nth) return -(ORDINALS[nth.toLowerCase()] ?? 0);
  // "… will return on Thursday after two days of talks ended": the length of an earlier round.
  if (
    m &&
    /\b(?:after|following|since)\s+(?:the\s+|a\s+)?$/i.test(
      sentence.slice(Math.max(0, m.index - 12), m.index),
    )
  )
    return 0;
  const n = NUMBERS[(m?.slice(1).find(Boolean) ?? "").toLowerCase()] ?? 0;
  return n && ENDED.test(sentence) ? -n : n;
}
