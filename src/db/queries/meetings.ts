import type Database from "better-sqlite3";
import type { Correction } from "../../schemas/correction.js";
import type { Meeting, MeetingDetail } from "../../schemas/meeting.js";
import { correctionsOf } from "./corrections.js";
import { everyRow, type KeysetPage, type KeysetPager } from "./keyset.js";
import { createMeetingAggregates } from "./meeting-aggregates.js";
import { type MeetingFilters, meetingConditions } from "./meeting-filters.js";
import { type QuoteRow, quoteColumns, toQuote } from "./quotes.js";
import type { StatementCache } from "./statements.js";

const namesOf = (role: string) =>
  `(SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
     JOIN participants p ON p.id = mp.participant_id
     WHERE mp.meeting_id = m.id AND mp.role = '${role}' ORDER BY p.name))`;

const meetingColumns = `m.id, m.title, m.date, m.end_date AS endDate,
  m.date_certainty AS dateCertainty, m.city, m.country, m.status, m.rule, m.confidence,
  ${namesOf("organization")} AS organizations, ${namesOf("party")} AS parties`;

type MeetingRow = Omit<Meeting, "organizations" | "parties"> & { organizations: string; parties: string };

const toMeeting = (row: MeetingRow): Meeting => ({
  ...row,
  organizations: JSON.parse(row.organizations) as string[],
  parties: JSON.parse(row.parties) as string[],
});

export interface MeetingListOptions extends MeetingFilters {
  sort?: "date" | "-date" | undefined;
  limit: number;
  cursor?: string | undefined;
}

export function createMeetingQueries(sqlite: Database.Database, prepare: StatementCache, page: KeysetPager) {
  const byId = sqlite.prepare(`SELECT ${meetingColumns} FROM meetings m WHERE m.id = ?`);
  const participantsOf = sqlite.prepare(
    `SELECT p.id, p.name, p.kind, p.role, p.affiliation, p.rule, p.confidence, json_group_array(mp.role) AS "as"
     FROM meeting_participants mp JOIN participants p ON p.id = mp.participant_id
     WHERE mp.meeting_id = ? GROUP BY p.id ORDER BY p.kind, p.name`,
  );
  const quotesOf = sqlite.prepare(
    `SELECT ${quoteColumns} FROM quotes q LEFT JOIN participants s ON s.id = q.speaker_id
     WHERE q.meeting_id = ? ORDER BY q.article_id, q.start`,
  );
  const sourcesOf = sqlite.prepare(
    `SELECT e.article_id AS articleId, e.start, e."end", e.text, e.date_text AS dateText
     FROM evidence e WHERE e.meeting_id = ? ORDER BY e.article_id, e.start`,
  );

  const related = {
    participants: (id: string): MeetingDetail["participants"] =>
      (participantsOf.all(id) as (Record<string, unknown> & { as: string })[]).map((p) => ({
        ...p,
        as: JSON.parse(p.as),
      })) as MeetingDetail["participants"],
    quotes: (id: string) => (quotesOf.all(id) as QuoteRow[]).map(toQuote),
    sources: (id: string) => sourcesOf.all(id) as MeetingDetail["sources"],
    corrections: (id: string): Correction[] => correctionsOf(prepare, "meeting", id),
  };

  function list(o: MeetingListOptions): KeysetPage<Meeting> {
    const c = meetingConditions(o);
    const result = page<MeetingRow>({
      select: `SELECT ${meetingColumns} FROM meetings m`,
      where: c.where,
      params: c.params,
      key: [
        { sql: "m.date", field: "date" },
        { sql: "m.id", field: "id" },
      ],
      descending: o.sort === "-date",
      limit: o.limit,
      cursor: o.cursor,
    });
    return { rows: result.rows.map(toMeeting), next: result.next };
  }

  return {
    list,
    related,
    ...createMeetingAggregates(prepare),
    conditions: meetingConditions,

    all: (f: MeetingFilters & { sort?: "date" | "-date" | undefined }) => everyRow(list, f),

    get(id: string): MeetingDetail | undefined {
      const row = byId.get(id) as MeetingRow | undefined;
      if (!row) return undefined;
      return {
        ...toMeeting(row),
        participants: related.participants(id),
        quotes: related.quotes(id),
        sources: related.sources(id),
        corrections: related.corrections(id),
      };
    },
  };
}
