// ISO calendar days as strings ("2022-01-10"), computed at noon UTC so no time zone moves a day.

export const parseIso = (s: string): Date => new Date(`${s}T12:00:00Z`);
/** The ISO day `n` days after (or before, negative) an ISO day. */
export const addDays = (s: string, n: number): string => {
  const d = parseIso(s);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Small counts written as words in date phrases ("two days later", "a week from Monday"). */
export const COUNTS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

export const iso = (y: number, m: number, d: number): string => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
};

/** The year that puts month/day closest to the article date. */
export function closestYear(articleDate: string, month: number, day: number): number {
  const year = Number(articleDate.slice(0, 4));
  const ref = parseIso(articleDate).getTime();
  let best = year;
  for (const y of [year - 1, year + 1]) {
    if (
      Math.abs(parseIso(iso(y, month, day)).getTime() - ref) <
      Math.abs(parseIso(iso(best, month, day)).getTime() - ref)
    )
      best = y;
  }
  return best;
}
