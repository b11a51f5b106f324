import { slugify } from "../../ingest/ids.js";
import { toFtsQuery } from "../fts.js";
import type { Conditions } from "./statements.js";

export interface MeetingFilters {
  from?: string | undefined;
  to?: string | undefined;
  city?: string | undefined;
  country?: string | undefined;
  status?: "held" | "scheduled" | undefined;
  organization?: string | undefined;
  participant?: string | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
}

/** The WHERE conditions for a meeting filter, shared by lists, counts, facets, feeds and exports. */
export function meetingConditions(f: MeetingFilters): Conditions {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    where.push(condition);
    params.push(...values);
  };
  // A meeting matches a date range when its span (date … endDate) overlaps it.
  if (f.from) add("coalesce(m.end_date, m.date) >= ?", f.from);
  if (f.to) add("m.date <= ?", f.to);
  if (f.city) add("m.city_key = ?", slugify(f.city));
  if (f.country) add("m.country_key = ?", slugify(f.country));
  if (f.status) add("m.status = ?", f.status);
  if (f.organization) {
    add(
      `EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = m.id
        AND mp.role = 'organization' AND mp.participant_id = ?)`,
      slugify(f.organization),
    );
  }
  if (f.participant) {
    add(
      "EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = m.id AND mp.participant_id = ?)",
      f.participant,
    );
  }
  if (f.updatedSince) add("m.updated_at >= ?", f.updatedSince);
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
