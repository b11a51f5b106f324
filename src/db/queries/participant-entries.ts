import { countLimit, countOf, type StatementCache } from "./statements.js";

/**
 * A participant's distinct meetings (by date and id) among their index entries dated in [from, to], either end
 * open, up to `countLimit` + 1. Whole years come from `participant_meeting_years` (kept by triggers, migration
 * 0017), only the partial years at the ends from the index: a state's total from a date counted up to 10,000
 * entries one by one (0.15–2 ms at 100k meetings), now a year's at most and a sum over ~25 rows.
 */
export function createParticipantEntryCount(prepare: StatementCache) {
  /** Entries in a range no longer than a year, counted off the index. */
  const entries = (where: string[]) =>
    `(SELECT count(*) FROM (SELECT DISTINCT mp.meeting_date, mp.meeting_id FROM meeting_participants mp
      WHERE ${["mp.participant_id = ?", ...where].join(" AND ")}))`;
  const years = (where: string[]) =>
    `(SELECT ifnull(sum(meetings), 0) FROM participant_meeting_years
      WHERE ${["participant_id = ?", ...where].join(" AND ")})`;
  return (participant: string, from?: string, to?: string): number => {
    const fromYear = from?.slice(0, 4);
    const toYear = to?.slice(0, 4);
    // Within one year (or an empty range): the index alone reads no more than that year's entries.
    if (from !== undefined && to !== undefined && (fromYear as string) >= (toYear as string))
      return countOf(prepare, `SELECT ${entries(["mp.meeting_date >= ?", "mp.meeting_date <= ?"])} AS n`, [
        participant,
        from,
        to,
      ]);
    // One statement of its parts added up: a statement per part cost more than a person's whole count.
    const parts: string[] = [];
    const params: unknown[] = [];
    const whole: string[] = [];
    const wholeParams: unknown[] = [];
    if (from !== undefined) {
      // `YYYY~` sorts after every `YYYY-MM-DD` of that year.
      parts.push(entries(["mp.meeting_date >= ?", "mp.meeting_date < ?"]));
      params.push(participant, from, `${fromYear}~`);
      whole.push("year > ?") && wholeParams.push(fromYear);
    }
    if (to !== undefined) {
      parts.push(entries(["mp.meeting_date >= ?", "mp.meeting_date <= ?"]));
      params.push(participant, toYear, to);
      whole.push("year < ?") && wholeParams.push(toYear);
    }
    parts.push(years(whole));
    params.push(participant, ...wholeParams);
    return Math.min(countOf(prepare, `SELECT ${parts.join(" + ")} AS n`, params), countLimit + 1);
  };
}

/** Fills `participant_meeting_years` from the links (bulk loads drop its triggers and call this once at the end). */
export const rebuildParticipantMeetingYearsSql = `DELETE FROM participant_meeting_years;
  INSERT INTO participant_meeting_years (participant_id, year, meetings)
    SELECT participant_id, substr(meeting_date, 1, 4), count(*) FROM (SELECT DISTINCT participant_id, meeting_date,
      meeting_id FROM meeting_participants WHERE meeting_date IS NOT NULL) GROUP BY 1, 2;`;
