import { eq, sql } from "drizzle-orm";
import { embeddedLimit, type Participant, type ParticipantDetail } from "../../schemas/participant.js";
import type { Quote } from "../../schemas/quote.js";
import type { Db } from "../client.js";
import { toFtsQuery } from "../fts.js";
import { participants } from "../schema.js";
import type { CorrectionsOf } from "./corrections.js";
import { type KeysetPager, keysetList } from "./keyset.js";
import { participantMeetings } from "./meeting-filters.js";
import { type Conditions, countLimit, countUpTo, type StatementCache } from "./statements.js";

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

type Participation = ParticipantDetail["meetings"][number]["as"][number];
type ParticipantMeetingRow = Omit<ParticipantDetail["meetings"][number], "as"> & { roles: string };

/** A list's total as pages give it: exact up to `countLimit`, else `countLimit` flagged as a lower bound. */
const boundedTotal = (n: number): { total: number; totalRelation?: "gte" } =>
  n > countLimit ? { total: countLimit, totalRelation: "gte" } : { total: n };

/** A participant's own columns, for drizzle: its detail, and the people of a meeting. */
export const participantFields = {
  id: participants.id,
  name: participants.name,
  kind: participants.kind,
  role: participants.role,
  affiliation: participants.affiliation,
  rule: participants.rule,
  confidence: participants.confidence,
};

export function createParticipantQueries(
  db: Db,
  prepare: StatementCache,
  page: KeysetPager,
  correctionsOf: CorrectionsOf,
) {
  const id = sql.placeholder("id");
  const byId = db.select(participantFields).from(participants).where(eq(participants.id, id)).prepare();
  /**
   * The participant's first meetings by date (`/meetings?participant=` order), each with every role they had: the
   * roles are the meeting's adjacent index entries, in role order, where a subquery per meeting read them again.
   */
  const meetingsOf = (id: string, limit: number): ParticipantDetail["meetings"] =>
    prepare<ParticipantMeetingRow>(
      `SELECT m.id, m.title, m.date, m.end_date AS endDate, m.city, m.country, m.status,
         json_group_array(mp.role) AS roles
       FROM ${participantMeetings.from} WHERE ${participantMeetings.where}
       GROUP BY ${participantMeetings.group} ORDER BY ${participantMeetings.key.map((k) => k.sql).join(", ")} LIMIT ?`,
    )
      .all(id, limit)
      .map(({ roles, ...meeting }) => ({ ...meeting, as: JSON.parse(roles) as Participation[] }));
  /**
   * Their first quotes by date. The speaker is the participant already read, so no join looks their name up again
   * for every quote (two b-tree lookups a quote).
   */
  const quotesOf = (speaker: { id: string; name: string }, limit: number): Quote[] => {
    const said = speaker.name ? { id: speaker.id, name: speaker.name } : null;
    return prepare<Omit<Quote, "speaker">>(
      `SELECT q.id, q.text, q.meeting_id AS meetingId, q.article_id AS articleId, q.start, q."end", q.date, q.rule,
         q.confidence FROM quotes q WHERE q.speaker_id = ? ORDER BY q.date, q.id LIMIT ?`,
    )
      .all(speaker.id, limit)
      .map((row) => ({ ...row, speaker: said }));
  };
  /** `limit` rows of a list and its total, counted only when there are more (exact up to `countLimit`). */
  const embedded = <Row>(rows: Row[], limit: number, count: () => number) => ({
    rows: rows.slice(0, limit),
    total: boundedTotal(rows.length > limit ? count() : rows.length),
  });
  return {
    ...keysetList<Participant, ParticipantFilters>(page, prepare, {
      columns: participantColumns,
      from: "participants p",
      conditions: participantConditions,
      key: [
        { sql: "p.name", field: "name" },
        { sql: "p.id", field: "id" },
      ],
    }),
    /**
     * A participant with the first `limit` of their meetings and quotes, how many there are of each and the lists
     * that page through them all: a state is in thousands of meetings.
     */
    get(id: string, limit = embeddedLimit): ParticipantDetail | undefined {
      const row = byId.get({ id });
      if (!row) return undefined;
      const meetings = embedded(meetingsOf(id, limit + 1), limit, () =>
        // Their distinct meetings read off the participant's index alone (every link has its meeting): counting
        // through the meetings table looked each one up, 12–16 ms for a state in 15,000 meetings.
        countUpTo(
          prepare,
          "(SELECT DISTINCT meeting_date, meeting_id FROM meeting_participants WHERE participant_id = ?)",
          [id],
        ),
      );
      const said = embedded(quotesOf(row, limit + 1), limit, () =>
        countUpTo(prepare, "quotes q WHERE q.speaker_id = ?", [id]),
      );
      const path = encodeURIComponent(id);
      return {
        ...row,
        meetings: meetings.rows,
        allMeetings: { ...meetings.total, href: `/meetings?participant=${path}` },
        quotes: said.rows,
        allQuotes: { ...said.total, href: `/quotes?speaker=${path}` },
        corrections: correctionsOf("participant", id),
      };
    },
  };
}
