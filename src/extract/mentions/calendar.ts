// ISO calendar days as strings ("2022-01-10"), computed at noon UTC so no time zone moves a day.

export const parseIso = (s: string): Date => new Date(`${s}T12:00:00Z`);
/** The ISO day `n` days after (or before, negative) an ISO day. */
export const addDays = (s: string, n: number): string => {
  const d = parseIso(s);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
