import { slugify } from "../../ids.js";
import { toFtsQuery } from "../fts.js";
import { type Conditions, countOf, type StatementCache } from "./statements.js";

export interface MeetingFilters {
  from?: string | undefined;
  to?: string | undefined;
  /** A city name, or the city keys it stands for (the route resolves alternate names: src/places). */
  city?: string | readonly string[] | undefined;
  country?: string | undefined;
  status?: "held" | "scheduled" | "postponed" | "cancelled" | undefined;
  organization?: string | undefined;
  participant?: string | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
  minConfidence?: number | undefined;
  /** Meetings reported by at least this many articles. */
  minSources?: number | undefined;
  /** Find the participant's meetings by reading meetings in date order (see `participantCondition`). */
  participantByDate?: boolean | undefined;
}

/**
 * A participant's meetings read off their own index entries in date order (meeting_date is the meeting's date,
 * kept by triggers, migration 0015), each joined to its meeting's entry in the date index, which holds every
 * column of a list row: from the cursor or `from` on, in order, with no sort and no table row, where a page chose
 * between looking every meeting of theirs up and sorting them and walking all meetings by date to keep theirs
 * (`participantCondition`). The entries of one meeting (one per role) are adjacent: grouping by the key makes them
 * one row. A filter with an index of its own (`hasOwnIndex`) keeps that choice: a state's 15,000 entries read for a
 * city's 12 meetings took 26 ms, where the city's index finds them in 0.1.
 */
export const participantMeetings = {
  from: `meeting_participants mp JOIN meetings m INDEXED BY meetings_date_idx
    ON m.date = mp.meeting_date AND m.id = mp.meeting_id`,
  /** One `?`: the participant. */
  where: "mp.participant_id = ?",
  key: [
    { sql: "mp.meeting_date", field: "date" },
    { sql: "mp.meeting_id", field: "id" },
  ],
  group: "mp.meeting_date, mp.meeting_id",
};

/**
 * A meeting of the participant (one `?`). Looking up each of their meetings (IN) is right for most people, but a
 * state in 15,000 of 100,000 meetings then reads all 15,000 and sorts them for one page (65–125 ms); reading
 * meetings in date order and keeping theirs (EXISTS, one index probe each) fills the page after ~150 (0.2 ms).
 */
export const participantCondition = (byDate: boolean): string =>
  byDate
    ? "EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = m.id AND mp.participant_id = ?)"
    : "m.id IN (SELECT mp.meeting_id FROM meeting_participants mp WHERE mp.participant_id = ?)";

/**
 * Whether a page of `limit` of a participant's meetings is cheaper read in date order: the walk probes about
 * `limit` × meetings / theirs entries, the lookups cost theirs, each ~20× a probe (measured at 100k meetings:
 * 600 meetings, 1 ms walking vs 9–22 ms looking up). Counts at most the threshold of their index entries.
 */
export function createParticipantReach(prepare: StatementCache) {
  return (participant: string, limit: number): boolean => {
    const meetings = prepare<{ n: number }>("SELECT max(rowid) AS n FROM meetings").get()?.n ?? 0;
    const threshold = Math.ceil(Math.sqrt(((limit + 1) * meetings) / 20));
    const theirs = countOf(
      prepare,
      "SELECT count(*) AS n FROM (SELECT 1 FROM meeting_participants WHERE participant_id = ? LIMIT ?)",
      [participant, threshold],
    );
    return theirs >= threshold;
  };
}

/** Whether a meeting filter other than the participant and dates starts from an index of its own (venue, status…). */
export const hasOwnIndex = (f: MeetingFilters): boolean =>
  Boolean(f.city?.length || f.country || f.status || f.organization || f.updatedSince);

/** The number of articles that report meeting `m` (its meeting_reports rows, counted by a trigger). */
export const SOURCE_COUNT = "m.source_count";

/** The WHERE conditions for a meeting filter, shared by lists, counts, facets, feeds and exports. */
export function meetingConditions(f: MeetingFilters): Conditions {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    where.push(condition);
    params.push(...values);
  };
  // A meeting matches a date range when its span (date … endDate) overlaps it.
  // Written as the expression of meetings_span_end_idx, so SQLite can use that index.
  if (f.from) {
    // With `to` as well, the window is a short range of start dates: the unary + keeps SQLite from walking
    // meetings_span_end_idx from `from` to the last meeting instead (90 ms for a 60-day count at 100k).
    const span = "(CASE WHEN m.end_date IS NULL THEN m.date ELSE m.end_date END)";
    add(`${f.to ? "+" : ""}${span} >= ?`, f.from);
    // The same condition as a range of start dates: no meeting that ends on or after `from` starts more than the
    // longest meeting's length before it (read from meetings_span_days_idx, one index probe). Without it an
    // ascending page of a date window walks the date index from the very first meeting (260 ms at 100k).
    add(
      `m.date >= date(?, '-' || (SELECT ifnull(max(julianday(end_date) - julianday(date)), 0) FROM meetings
        WHERE end_date IS NOT NULL) || ' days')`,
      f.from,
    );
  }
  if (f.to) add("m.date <= ?", f.to);
  if (f.city?.length) {
    const keys = typeof f.city === "string" ? [slugify(f.city)] : f.city;
    add(keys.length === 1 ? "m.city_key = ?" : `m.city_key IN (${keys.map(() => "?").join(", ")})`, ...keys);
  }
  if (f.country) add("m.country_key = ?", slugify(f.country));
  if (f.status) add("m.status = ?", f.status);
  if (f.organization) {
    // IN (…) rather than EXISTS: SQLite then starts from the participant's index entries instead of testing every
    // meeting in date order (20 ms → 0.4 ms for a person in 100,000 meetings).
    add(
      `m.id IN (SELECT mp.meeting_id FROM meeting_participants mp
        WHERE mp.participant_id = ? AND mp.role = 'organization')`,
      slugify(f.organization),
    );
  }
  if (f.participant) add(participantCondition(f.participantByDate ?? false), f.participant);
  if (f.updatedSince) add("m.updated_at >= ?", f.updatedSince);
  if (f.minConfidence !== undefined) add("coalesce(m.confidence, 1) >= ?", f.minConfidence);
  if (f.minSources !== undefined) add(`${SOURCE_COUNT} >= ?`, f.minSources);
  if (f.q !== undefined) {
    const match = toFtsQuery(f.q);
    if (match === null) add("0");
    else {
      add(
        `(m.rowid IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)
          OR m.id IN (SELECT e.meeting_id FROM evidence e
                      WHERE e.rowid IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)))`,
        match,
        match,
      );
    }
  }
  return { where, params };
}
