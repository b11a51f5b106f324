// How long talks a sentence tells of ran, for a report that names a meeting by its place alone: written the day after
// "four days of discussions", it is of those four days, not only of the last one.

const NUMBER: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
/** "after four days of discussions in Mexico City": how long talks the sentence tells of ran. */
const DAYS_OF_TALKS =
  /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+of\s+(?:\w+\s+)?(?:talks|meetings|negotiations|discussions|consultations|sessions)\b/i;

/**
 * How many days before the report a sentence naming the place alone reaches: the day before (talks of yesterday), or
 * as many days as it says the talks lasted ("after four days of discussions", written the day after their close).
 */
export function lastingDays(words: string): number {
  const m = DAYS_OF_TALKS.exec(words);
  if (!m) return 1;
  const said = m[1] as string;
  const n = NUMBER[said.toLowerCase()] ?? Number(said);
  return Math.max(1, Math.min(n, 14));
}
