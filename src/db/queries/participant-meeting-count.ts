import { hasOwnIndex, type MeetingFilters, participantMeetings } from "./meeting-filters.js";
import { createParticipantEntryCount } from "./participant-entries.js";
import { countLimit, countOf, countUpTo, type StatementCache } from "./statements.js";

/** The earliest date a meeting can start and still last until the date `?` (the longest span before it). */
const longestSpanBefore = `date(?, '-' || (SELECT ifnull(max(julianday(end_date) - julianday(date)), 0) FROM meetings
  WHERE end_date IS NOT NULL) || ' days')`;
const spanEnd = "(CASE WHEN m.end_date IS NULL THEN m.date ELSE m.end_date END)";

/**
 * The total of `/meetings?participant=` when the page is read off the participant's own index (no venue, status,
 * organisation or `updatedSince`), counted off that index too: through `m.id IN (…)` each of their meetings was a
 * probe of the meetings' id index and a table row (a state's total, 15,000 meetings: 0.25–1 ms; from a date,
 * 2.3–6 ms at 100k meetings). Their index entries carry each meeting's date, so a date range is a range of
 * entries; only the meetings that start before `from` and last into it need their end date, read from the date
 * index for the few days the longest meeting spans. Undefined where this does not apply: the caller counts the
 * usual way.
 */
export function createParticipantMeetingCount(prepare: StatementCache) {
  const entriesBetween = createParticipantEntryCount(prepare);
  // A meeting that ends before it starts would be in a range of entries from `from` without overlapping it: then
  // the usual count (one probe of meetings_span_days_idx).
  const spansForward = () =>
    countOf(
      prepare,
      `SELECT ifnull(min(julianday(end_date) - julianday(date)), 0) >= 0 AS n FROM meetings
        WHERE end_date IS NOT NULL`,
      [],
    ) === 1;
  return (f: MeetingFilters): number | undefined => {
    if (f.participant === undefined || hasOwnIndex(f)) return undefined;
    if (f.q !== undefined || f.minConfidence !== undefined || f.minSources !== undefined) return undefined;
    const to = f.to || undefined;
    if (!f.from) return entriesBetween(f.participant, undefined, to);
    if (!spansForward()) return undefined;
    const from = entriesBetween(f.participant, f.from, to);
    if (from > countLimit) return from;
    const where = ["mp.participant_id = ?"];
    const params: unknown[] = [f.participant];
    if (to) where.push("mp.meeting_date <= ?") && params.push(to);
    // The meetings that start before `from` and last into it: among their entries of the days the longest meeting
    // spans before `from` (both bounds on the entries, or SQLite keeps one), those whose date index entry ends late.
    const before = countUpTo(
      prepare,
      `${participantMeetings.from} WHERE ${[...where, "mp.meeting_date < ?", `mp.meeting_date >= ${longestSpanBefore}`, `${spanEnd} >= ?`].join(" AND ")}
        GROUP BY ${participantMeetings.group}`,
      [...params, f.from, f.from, f.from],
    );
    return Math.min(from + before, countLimit + 1);
  };
}
