// The overview's time axis, apart from the DOM: which unit suits the data, and its bins, empty ones included.

export type Unit = "day" | "month" | "year";
export interface Bin<T extends { date: string }> {
  key: string;
  from: string;
  to: string;
  /** The period in words, e.g. "Jan 2022". */
  label: string;
  /** The tick under the bin: a short mark, and the larger unit where it starts (or at the first bin). */
  tick: [string, string | null];
  meetings: T[];
}

export const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
export const dayLabel = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const monthName = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

function tickOf(from: string, unit: Unit, first: boolean): [string, string | null] {
  if (unit === "year") return [from.slice(0, 4), null];
  if (unit === "month") {
    return [monthName.format(utc(from)), first || from.slice(5, 7) === "01" ? from.slice(0, 4) : null];
  }
  return [String(Number(from.slice(8))), first || from.endsWith("-01") ? monthLabel.format(utc(from)) : null];
}

/** Days for a few weeks, months for a few years, years beyond: a handful to a few dozen bins. */
export function unitFor(first: string, last: string): Unit {
  const days = (utc(last).getTime() - utc(first).getTime()) / 86_400_000;
  return days <= 62 ? "day" : days <= 6 * 366 ? "month" : "year";
}

/** Every bin from the first meeting's to the last's, empty ones included, so the axis is to scale. */
export function binsOf<T extends { date: string }>(
  meetings: T[],
  unit: Unit,
  first: string,
  last: string,
): Bin<T>[] {
  const keyOf = (date: string) =>
    unit === "day" ? date : unit === "month" ? date.slice(0, 7) : date.slice(0, 4);
  const bins: Bin<T>[] = [];
  const cursor = utc(`${keyOf(first)}${unit === "year" ? "-01-01" : unit === "month" ? "-01" : ""}`);
  const lastKey = keyOf(last);
  for (;;) {
    const from = iso(cursor);
    if (unit === "day") cursor.setUTCDate(cursor.getUTCDate() + 1);
    else if (unit === "month") cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    else cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
    const to = iso(new Date(cursor.getTime() - 86_400_000));
    const key = keyOf(from);
    const label =
      unit === "day" ? dayLabel.format(utc(from)) : unit === "month" ? monthLabel.format(utc(from)) : key;
    bins.push({ key, from, to, label, tick: tickOf(from, unit, bins.length === 0), meetings: [] });
    if (key >= lastKey || bins.length > 400) break;
  }
  const byKey = new Map(bins.map((bin) => [bin.key, bin]));
  for (const meeting of meetings) byKey.get(keyOf(meeting.date))?.meetings.push(meeting);
  return bins;
}

/** A number of meetings of one status in one month, as the API's histogram gives it. */
export interface Count<S extends string> {
  date: string;
  status: S;
  count: number;
}

/** Monthly counts per status onto an axis by month or year (months cannot be split into days). */
export function countBins<S extends string>(
  byStatus: { status: S; buckets: { period: string; count: number }[] }[],
): { unit: Unit; bins: Bin<Count<S>>[] } | null {
  const counts = byStatus.flatMap(({ status, buckets }) =>
    buckets.map((bucket) => ({ date: `${bucket.period}-01`, status, count: bucket.count })),
  );
  if (counts.length === 0) return null;
  const dates = counts.map((count) => count.date).sort();
  const first = dates[0] as string;
  const last = dates.at(-1) as string;
  const unit = unitFor(first, last) === "day" ? "month" : unitFor(first, last);
  return { unit, bins: binsOf(counts, unit, first, last) };
}
