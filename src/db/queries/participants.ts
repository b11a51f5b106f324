import { eq, sql } from "drizzle-orm";
import { embeddedLimit, type Participant, type ParticipantDetail } from "../../schemas/participant.js";
import type { Quote } from "../../schemas/quote.js";
import type { Db } from "../client.js";
import { toFtsQuery } from "../fts.js";
import { participants } from "../schema.js";
import type { CorrectionsOf } from "./corrections.js";
import { type KeysetPager, keysetList } from "./keyset.js";
import { participantMeetings } from "./meeting-filters.js";
import { createParticipantEntryCount } from "./participant-entries.js";
import { type Conditions, countLimit, countUpTo, rowsOf, type StatementCache } from "./statements.js";

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

type ParticipantMeeting = ParticipantDetail["meetings"][number];

/** A list's total as pages give it: exact up to `countLimit`, else `countLimit` flagged as a lower bound. */
/** A link to a participant's whole list with its total, exact up to `countLimit`. */
const listLink = (n: number, href: string): { total: number; totalRelation?: "gte"; href: string } =>
  n > countLimit ? { total: countLimit, totalRelation: "gte", href } : { total: n, href };

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
  const meetingCount = createParticipantEntryCount(prepare);
  const byId = db.select(participantFields).from(participants).where(eq(participants.id, id)).prepare();
  /**
   * The participant's first meetings by date (`/meetings?participant=` order), each with every role they had: the
   * roles are the meeting's adjacent index entries, in role order, where a subquery per meeting read them again.
   */
  const meetingsOf = (id: string, limit: number): ParticipantDetail["meetings"] =>
    rowsOf(
      prepare(
        `SELECT m.id, m.title, m.date, m.end_date AS endDate, m.city, m.country, m.status,
           json_group_array(mp.role) AS roles
         FROM ${participantMeetings.from} WHERE ${participantMeetings.where}
         GROUP BY ${participantMeetings.group} ORDER BY ${participantMeetings.key.map((k) => k.sql).join(", ")} LIMIT ?`,
      ),
      [id, limit],
      (v): ParticipantMeeting => ({
        id: v[0] as string,
        title: v[1] as string,
        date: v[2] as string,
        endDate: v[3] as ParticipantMeeting["endDate"],
        city: v[4] as ParticipantMeeting["city"],
        country: v[5] as ParticipantMeeting["country"],
        status: v[6] as ParticipantMeeting["status"],
        as: JSON.parse(v[7] as string),
      }),
    );
  /**
   * Their first quotes by date. The speaker is the participant already read, so no join looks their name up again
   * for every quote (two b-tree lookups a quote).
   */
  const quotesOf = (speaker: { id: string; name: string }, limit: number): Quote[] => {
    const said = speaker.name ? { id: speaker.id, name: speaker.name } : null;
    return rowsOf(
      prepare(
        `SELECT q.id, q.text, q.meeting_id, q.article_id, q.start, q."end", q.date, q.rule, q.confidence
         FROM quotes q WHERE q.speaker_id = ? ORDER BY q.date, q.id LIMIT ?`,
      ),
      [speaker.id, limit],
      (v): Quote => ({
        id: v[0] as string,
        text: v[1] as string,
        speaker: said,
        meetingId: v[2] as Quote["meetingId"],
        articleId: v[3] as string,
        start: v[4] as number,
        end: v[5] as number,
        date: v[6] as string,
        rule: v[7] as Quote["rule"],
        confidence: v[8] as Quote["confidence"],
      }),
    );
  };
  /** `limit` rows of a list and its total, counted only when there are more (exact up to `countLimit`). */
  const embedded = <Row>(rows: Row[], limit: number, count: () => number, href: string) => ({
    rows: rows.slice(0, limit),
    all: listLink(rows.length > limit ? count() : rows.length, href),
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
      const path = encodeURIComponent(id);
      const meetings = embedded(
        meetingsOf(id, limit + 1),
        limit,
        // Their distinct meetings, summed by year (every link has its meeting): counting through the meetings table
        // looked each one up (12–16 ms for a state in 15,000 meetings), counting their index entries read 15,000.
        () => meetingCount(id),
        `/meetings?participant=${path}`,
      );
      const said = embedded(
        quotesOf(row, limit + 1),
        limit,
        () => countUpTo(prepare, "quotes q WHERE q.speaker_id = ?", [id]),
        `/quotes?speaker=${path}`,
      );
      // Field by field, not `{ ...row, … }`: V8 promoted such objects (see `toQuote` in quotes.ts).
      return {
        id: row.id,
        name: row.name,
        kind: row.kind,
        role: row.role,
        affiliation: row.affiliation,
        rule: row.rule,
        confidence: row.confidence,
        meetings: meetings.rows,
        allMeetings: meetings.all,
        quotes: said.rows,
        allQuotes: said.all,
        corrections: correctionsOf("participant", id),
      };
    },
  };
}
