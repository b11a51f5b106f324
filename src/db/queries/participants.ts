import type Database from "better-sqlite3";
import type { Participant, ParticipantDetail } from "../../schemas/participant.js";
import { toFtsQuery } from "../fts.js";
import { correctionsOf } from "./corrections.js";
import { everyRow, type KeysetPage, type KeysetPager } from "./keyset.js";
import { type QuoteRow, quoteColumns, toQuote } from "./quotes.js";
import { type Conditions, type StatementCache, whereClause } from "./statements.js";

const participantColumns = "p.id, p.name, p.kind, p.role, p.affiliation, p.rule, p.confidence";

export interface ParticipantFilters {
  kind?: "person" | "state" | "organization" | undefined;
  affiliation?: string | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
  minConfidence?: number | undefined;
}

function participantConditions(f: ParticipantFilters): Conditions {
  const c: Conditions = { where: [], params: [] };
  if (f.kind) c.where.push("p.kind = ?") && c.params.push(f.kind);
  if (f.affiliation) c.where.push("p.affiliation = ? COLLATE NOCASE") && c.params.push(f.affiliation);
  if (f.updatedSince) c.where.push("p.updated_at >= ?") && c.params.push(f.updatedSince);
  if (f.minConfidence !== undefined)
    c.where.push("coalesce(p.confidence, 1) >= ?") && c.params.push(f.minConfidence);
  if (f.q !== undefined) {
    const match = toFtsQuery(f.q);
    if (match === null) c.where.push("0");
    else
      c.where.push("p.rowid IN (SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?)") &&
        c.params.push(match);
  }
  return c;
}

export function createParticipantQueries(
  sqlite: Database.Database,
  prepare: StatementCache,
  page: KeysetPager,
) {
  const byId = sqlite.prepare(`SELECT ${participantColumns} FROM participants p WHERE p.id = ?`);
  const meetingsOf = sqlite.prepare(
    `SELECT m.id, m.title, m.date, m.end_date AS endDate, m.city, m.country, m.status,
       json_group_array(mp.role) AS "as"
     FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id
     WHERE mp.participant_id = ? GROUP BY m.id ORDER BY m.date, m.id`,
  );
  const quotesOf = sqlite.prepare(
    `SELECT ${quoteColumns} FROM quotes q LEFT JOIN participants s ON s.id = q.speaker_id
     WHERE q.speaker_id = ? ORDER BY q.date, q.id`,
  );
  const list = (
    f: ParticipantFilters & { limit: number; cursor?: string | undefined },
  ): KeysetPage<Participant> =>
    page<Participant>({
      select: `SELECT ${participantColumns} FROM participants p`,
      ...participantConditions(f),
      key: [
        { sql: "p.name", field: "name" },
        { sql: "p.id", field: "id" },
      ],
      limit: f.limit,
      cursor: f.cursor,
    });
  return {
    list,
    all: (f: ParticipantFilters) => everyRow(list, f),
    count(f: ParticipantFilters): number {
      const c = participantConditions(f);
      return prepare(`SELECT count(*) FROM participants p${whereClause(c)}`)
        .pluck()
        .get(...c.params) as number;
    },
    get(id: string): ParticipantDetail | undefined {
      const row = byId.get(id) as Participant | undefined;
      if (!row) return undefined;
      const meetings = (meetingsOf.all(id) as (Record<string, unknown> & { as: string })[]).map((m) => ({
        ...m,
        as: JSON.parse(m.as),
      }));
      return {
        ...row,
        meetings: meetings as ParticipantDetail["meetings"],
        quotes: (quotesOf.all(id) as QuoteRow[]).map(toQuote),
        corrections: correctionsOf(prepare, "participant", id),
      };
    },
  };
}
