import { asc, eq, sql } from "drizzle-orm";
import type { Meeting, MeetingDetail } from "../../schemas/meeting.js";
import type { Db } from "../client.js";
import { evidence, meetingParticipants, meetings, participants, quotes } from "../schema.js";
import type { CorrectionsOf } from "./corrections.js";
import { everyRow, type KeysetPage, type KeysetPager } from "./keyset.js";
import { createMeetingAggregates } from "./meeting-aggregates.js";
import { createDisputeQueries } from "./meeting-disputes.js";
import {
  createParticipantReach,
  hasOwnIndex,
  type MeetingFilters,
  meetingConditions,
  participantMeetings,
  SOURCE_COUNT,
} from "./meeting-filters.js";
import { createParticipantMeetingCount } from "./participant-meeting-count.js";
import { participantFields } from "./participants.js";
import { selectQuotes, toQuote } from "./quotes.js";
import type { StatementCache } from "./statements.js";

/**
 * The columns of a meeting list row. Organisation and party names (JSON arrays) and the source count are kept on
 * the meeting's row by triggers (migration 0011): one row read per listed meeting.
 */
const meetingColumns = `m.id, m.title, m.date, m.end_date AS endDate, m.date_certainty AS dateCertainty, m.city,
  m.country, m.status, m.rule, m.confidence, m.organization_names AS organizations, m.party_names AS parties,
  ${SOURCE_COUNT} AS sourceCount`;

/**
 * The cursor scopes of the meeting list by sort order, as they were derived from its SQL before the names and
 * source count moved onto the row: the same list in the same order, so cursors issued before stay valid.
 */
const listScopes = { date: "Qyj34hYT", "-date": "1mm8Kzp5" } as const;

/**
 * A list row (the values of `meetingColumns`, in order) as a meeting, its name columns parsed. One object literal
 * per row: better-sqlite3's own row objects cost more to build, and a copy of each was garbage a calendar of a
 * country's year made 800 times over.
 */
const toMeeting = (v: unknown[]): Meeting => ({
  id: v[0] as string,
  title: v[1] as string,
  date: v[2] as string,
  endDate: v[3] as Meeting["endDate"],
  dateCertainty: v[4] as Meeting["dateCertainty"],
  city: v[5] as Meeting["city"],
  country: v[6] as Meeting["country"],
  status: v[7] as Meeting["status"],
  rule: v[8] as Meeting["rule"],
  confidence: v[9] as Meeting["confidence"],
  organizations: JSON.parse(v[10] as string),
  parties: JSON.parse(v[11] as string),
  sourceCount: v[12] as number,
});

/** A meeting's source articles, distinct and in order, as a JSON array: read off evidence's key beside its row. */
const SOURCE_ARTICLES = `(SELECT json_group_array(article_id) FROM
  (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = m.id ORDER BY article_id))`;

/** A meeting that names its source articles, as a calendar's event does. */
type MeetingWithSources = Meeting & { sources: { articleId: string }[] };

const toMeetingWithSources = (v: unknown[]): MeetingWithSources => {
  const meeting = toMeeting(v) as MeetingWithSources;
  meeting.sources = (JSON.parse(v[13] as string) as string[]).map((articleId) => ({ articleId }));
  return meeting;
};

/** The same meeting columns for drizzle, without the aggregated names. */
const meetingFields = {
  id: meetings.id,
  title: meetings.title,
  date: meetings.date,
  endDate: meetings.endDate,
  dateCertainty: meetings.dateCertainty,
  city: meetings.city,
  country: meetings.country,
  status: meetings.status,
  rule: meetings.rule,
  confidence: meetings.confidence,
  sourceCount: meetings.sourceCount,
};

type Participation = MeetingDetail["participants"][number]["as"][number];

type ParticipantRow = Omit<MeetingDetail["participants"][number], "as"> & { as: Participation };

/**
 * Rows of one participant per role, in order, folded into one participant with every role (`as`). Each participant
 * is written out field by field: `{ ...rest, as }` made objects that V8 promoted (see `toQuote`).
 */
function byParticipant(rows: ParticipantRow[]): MeetingDetail["participants"] {
  const folded = new Map<string, MeetingDetail["participants"][number]>();
  for (const row of rows) {
    const known = folded.get(row.id);
    if (known) known.as.push(row.as);
    else
      folded.set(row.id, {
        id: row.id,
        name: row.name,
        kind: row.kind,
        role: row.role,
        affiliation: row.affiliation,
        rule: row.rule,
        confidence: row.confidence,
        as: [row.as],
      });
  }
  return [...folded.values()];
}

export interface MeetingListOptions extends MeetingFilters {
  sort?: "date" | "-date" | undefined;
  limit: number;
  cursor?: string | undefined;
}

export function createMeetingQueries(
  db: Db,
  prepare: StatementCache,
  page: KeysetPager,
  correctionsOf: CorrectionsOf,
) {
  const id = sql.placeholder("id");
  const byId = db.select(meetingFields).from(meetings).where(eq(meetings.id, id)).prepare();
  const participantsOf = db
    .select({ ...participantFields, as: meetingParticipants.role })
    .from(meetingParticipants)
    .innerJoin(participants, eq(participants.id, meetingParticipants.participantId))
    .where(eq(meetingParticipants.meetingId, id))
    .orderBy(
      asc(participants.kind),
      asc(participants.name),
      asc(participants.id),
      asc(meetingParticipants.role),
    )
    .prepare();
  const quotesOf = selectQuotes(db)
    .where(eq(quotes.meetingId, id))
    .orderBy(asc(quotes.articleId), asc(quotes.start))
    .prepare();
  const sourcesOf = db
    .select({
      articleId: evidence.articleId,
      start: evidence.start,
      end: evidence.end,
      text: evidence.text,
      dateText: evidence.dateText,
    })
    .from(evidence)
    .where(eq(evidence.meetingId, id))
    .orderBy(asc(evidence.articleId), asc(evidence.start))
    .prepare();

  const disputesOf = createDisputeQueries(db);

  const related = {
    participants: (id: string): MeetingDetail["participants"] => byParticipant(participantsOf.all({ id })),
    quotes: (id: string) => quotesOf.all({ id }).map(toQuote),
    sources: (id: string): MeetingDetail["sources"] => sourcesOf.all({ id }),
    corrections: (id: string) => correctionsOf("meeting", id),
    disputes: (
      m: Pick<Meeting, "id" | "date" | "endDate" | "city" | "status">,
      corrections = correctionsOf("meeting", m.id),
    ) => {
      const corrected = new Set(corrections.map((c) => (c.field === "endDate" ? "date" : c.field)));
      return disputesOf(m.id, {
        date: m.date,
        endDate: m.endDate,
        city: m.city,
        status: m.status,
        corrected,
      });
    },
  };

  const readsByDate = createParticipantReach(prepare);
  const participantTotal = createParticipantMeetingCount(prepare);
  const aggregates = createMeetingAggregates(prepare);

  function list(o: MeetingListOptions): KeysetPage<Meeting> {
    return listed(o, meetingColumns, toMeeting);
  }

  /**
   * A page of `list` whose meetings name their source articles (distinct, in order), for a calendar's events: read
   * beside each row in the page's statement, where a second query over every listed id (a JSON array, its
   * ephemeral index and a map) cost ~40 µs more for a country's year of ~65 events. Same rows, order and cursors.
   */
  function calendar(o: MeetingListOptions): KeysetPage<MeetingWithSources> {
    // A city's or country's page is read off its venue index, which carries the list the triggers keep (migration
    // 0016): no probe of evidence per event. Other pages (by date, organisation, participant) read the row through
    // another index, where a table row per event cost more than the probe, so they keep the subquery.
    const offVenueIndex = (Boolean(o.city?.length) || Boolean(o.country)) && o.participant === undefined;
    return listed(
      o,
      `${meetingColumns}, ${offVenueIndex ? "m.source_articles" : SOURCE_ARTICLES}`,
      toMeetingWithSources,
    );
  }

  function listed<Row extends Meeting>(
    o: MeetingListOptions,
    columns: string,
    row: (values: unknown[]) => Row,
  ): KeysetPage<Row> {
    const of = o.participant === undefined || hasOwnIndex(o) ? undefined : participantMeetings;
    const c = of
      ? meetingConditions({ ...o, participant: undefined })
      : meetingConditions({
          ...o,
          participantByDate: o.participant !== undefined && readsByDate(o.participant, o.limit),
        });
    if (of) c.where.push(of.where) && c.params.push(o.participant);
    return page<Row>({
      select: `SELECT ${columns} FROM ${of ? of.from : "meetings m"}`,
      where: c.where,
      params: c.params,
      key: of
        ? of.key
        : [
            { sql: "m.date", field: "date" },
            { sql: "m.id", field: "id" },
          ],
      group: of?.group,
      descending: o.sort === "-date",
      limit: o.limit,
      cursor: o.cursor,
      scope: listScopes[o.sort ?? "date"],
      row,
    });
  }

  return {
    list,
    calendar,
    related,
    ...aggregates,
    conditions: meetingConditions,
    /** The number of meetings `f` matches, up to `countLimit` + 1. */
    total: (f: MeetingFilters): number => participantTotal(f) ?? aggregates.count(meetingConditions(f)),

    all: (f: MeetingFilters & { sort?: "date" | "-date" | undefined }) => everyRow(list, f),

    get(id: string): MeetingDetail | undefined {
      const row = byId.get({ id });
      if (!row) return undefined;
      const participants = related.participants(id);
      // Organisations and parties by name, as the list's aggregates give them.
      const namesAs = (role: Participation) =>
        participants
          .filter((p) => p.as.includes(role))
          .map((p) => p.name)
          .sort();
      const corrections = related.corrections(id);
      // Field by field, not `{ ...row, … }`: see `toQuote`.
      return {
        id: row.id,
        title: row.title,
        date: row.date,
        endDate: row.endDate,
        dateCertainty: row.dateCertainty,
        city: row.city,
        country: row.country,
        status: row.status,
        rule: row.rule,
        confidence: row.confidence,
        sourceCount: row.sourceCount,
        organizations: namesAs("organization"),
        parties: namesAs("party"),
        participants,
        quotes: related.quotes(id),
        sources: related.sources(id),
        corrections,
        disputes: related.disputes(row, corrections),
      };
    },
  };
}
