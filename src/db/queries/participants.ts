import { asc, eq, sql } from "drizzle-orm";
import type { Participant, ParticipantDetail } from "../../schemas/participant.js";
import type { Db } from "../client.js";
import { toFtsQuery } from "../fts.js";
import { meetingParticipants, meetings, participants, quotes } from "../schema.js";
import type { CorrectionsOf } from "./corrections.js";
import { type KeysetPager, keysetList } from "./keyset.js";
import { selectQuotes, toQuote } from "./quotes.js";
import type { Conditions, StatementCache } from "./statements.js";

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
  const meetingsOf = db
    .select({
      id: meetings.id,
      title: meetings.title,
      date: meetings.date,
      endDate: meetings.endDate,
      city: meetings.city,
      country: meetings.country,
      status: meetings.status,
      as: meetingParticipants.role,
    })
    .from(meetingParticipants)
    .innerJoin(meetings, eq(meetings.id, meetingParticipants.meetingId))
    .where(eq(meetingParticipants.participantId, id))
    .orderBy(asc(meetings.date), asc(meetings.id), asc(meetingParticipants.role))
    .prepare();
  const quotesOf = selectQuotes(db)
    .where(eq(quotes.speakerId, id))
    .orderBy(asc(quotes.date), asc(quotes.id))
    .prepare();
  /** The participant's meetings, one per meeting with every role they had in it. */
  const timeline = (id: string): ParticipantDetail["meetings"] => {
    const folded = new Map<string, ParticipantDetail["meetings"][number]>();
    for (const { as, ...meeting } of meetingsOf.all({ id })) {
      const known = folded.get(meeting.id);
      if (known) known.as.push(as satisfies Participation);
      else folded.set(meeting.id, { ...meeting, as: [as] });
    }
    return [...folded.values()];
  };
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
    get(id: string): ParticipantDetail | undefined {
      const row = byId.get({ id });
      if (!row) return undefined;
      return {
        ...row,
        meetings: timeline(id),
        quotes: quotesOf.all({ id }).map(toQuote),
        corrections: correctionsOf("participant", id),
      };
    },
  };
}
