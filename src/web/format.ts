// Dates as people read them. API dates are calendar days (YYYY-MM-DD), formatted in UTC so they never shift.

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "Mon 10 Jan 2022" or "10 Jan – 12 Jan 2022". */
export function formatDateSpan(date: string, endDate: string | null): string {
  if (!endDate || endDate === date) return dayFormat.format(utc(date));
  const sameYear = endDate.slice(0, 4) === date.slice(0, 4);
  const start = sameYear ? shortDay.format(utc(date)) : dayFormat.format(utc(date));
  return `${start} – ${dayFormat.format(utc(endDate))}`;
}

/** The month heading a meeting falls under, e.g. "January 2022". */
export function monthOf(date: string): string {
  return monthFormat.format(utc(date));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
