import { and, asc, desc, eq, gte, lt, lte, max, min, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import {
  changes,
  corrections,
  evidence,
  linkSources,
  meetingParticipants,
  meetingReports,
  meetings,
  meta,
  participantSources,
  participants,
  quoteSources,
  quotes,
} from "../db/schema.js";

const p = sql.placeholder;

/** A participant's stored provenance: the surest rule that found them wins (no confidence counts as certain). */
const surer = (column: "rule" | "confidence") =>
  sql`CASE WHEN coalesce(${participants.confidence}, 1) < excluded.confidence
    THEN excluded.${sql.identifier(column)} ELSE ${participants[column]} END`;

/**
 * The queries every stored article runs, built with drizzle's query builder once per connection and prepared:
 * building a query costs more than running it (40–90 µs against ~10 µs here), and an article runs about a
 * hundred. Rows come back typed from the schema; the named placeholders are filled at each call.
 */
function prepareWrites(db: Db) {
  const reportsOf = eq(meetingReports.meetingId, p("meetingId"));
  return {
    bumpVersion: db
      .insert(meta)
      .values([
        { key: "data_version", value: "1" },
        { key: "last_load_at", value: p("now") },
      ])
      .onConflictDoUpdate({
        target: meta.key,
        set: {
          value: sql`CASE ${meta.key} WHEN 'data_version' THEN CAST(${meta.value} AS INTEGER) + 1
            ELSE excluded.value END`,
        },
      })
      .prepare(),
    dataVersion: db.select({ value: meta.value }).from(meta).where(eq(meta.key, "data_version")).prepare(),
    recordChange: db
      .insert(changes)
      .values({
        version: p("version"),
        entity: p("entity"),
        entityId: p("entityId"),
        action: p("action"),
        replacedBy: p("replacedBy"),
        at: p("at"),
      })
      .prepare(),

    correctionsOf: db
      .select({ field: corrections.field, value: corrections.value, createdAt: corrections.createdAt })
      .from(corrections)
      .where(and(eq(corrections.entity, p("entity")), eq(corrections.entityId, p("id"))))
      .orderBy(asc(corrections.id))
      .prepare(),

    // The quotes whose correction names a record (moved to a meeting, given to a speaker). Corrections are an
    // editor's, a few rows: no index.
    correctionsNaming: db
      .selectDistinct({ id: corrections.entityId })
      .from(corrections)
      .where(
        and(
          eq(corrections.entity, "quote"),
          eq(corrections.field, p("field")),
          eq(corrections.value, sql`json_quote(${p("id")})`),
        ),
      )
      .prepare(),

    overlappingMeetings: db
      .select({ id: meetings.id })
      .from(meetings)
      .where(
        and(
          eq(meetings.cityKey, p("cityKey")),
          // A day off at a span's edge is the same meeting ("held on the 9th and 10th" / "on the 11th").
          lte(sql`date(${meetings.date}, '-1 day')`, p("end")),
          gte(sql`date(coalesce(${meetings.endDate}, ${meetings.date}), '+1 day')`, p("start")),
        ),
      )
      .orderBy(asc(meetings.date), asc(meetings.id))
      .prepare(),
    meetingById: db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.id, p("id")))
      .prepare(),
    insertMeeting: db
      .insert(meetings)
      .values({
        id: p("id"),
        title: p("title"),
        date: p("date"),
        endDate: p("endDate"),
        dateCertainty: p("dateCertainty"),
        city: p("city"),
        country: p("country"),
        cityKey: p("cityKey"),
        countryKey: p("countryKey"),
        status: p("status"),
        rule: p("rule"),
        confidence: p("confidence"),
        updatedAt: p("updatedAt"),
      })
      .prepare(),
    putReport: db
      .insert(meetingReports)
      .values({
        meetingId: p("meetingId"),
        articleId: p("articleId"),
        articleDate: p("articleDate"),
        status: p("status"),
        date: p("date"),
        endDate: p("endDate"),
        city: p("city"),
        rule: p("rule"),
        confidence: p("confidence"),
      })
      .onConflictDoUpdate({
        target: [meetingReports.meetingId, meetingReports.articleId],
        set: {
          articleDate: sql`excluded.article_date`,
          status: sql`excluded.status`,
          date: sql`excluded.date`,
          endDate: sql`excluded.end_date`,
          city: sql`excluded.city`,
          rule: sql`excluded.rule`,
          confidence: sql`excluded.confidence`,
        },
      })
      .prepare(),
    addEvidence: db
      .insert(evidence)
      .values({
        meetingId: p("meetingId"),
        articleId: p("articleId"),
        start: p("start"),
        end: p("end"),
        text: p("text"),
        dateText: p("dateText"),
      })
      .onConflictDoNothing()
      .prepare(),
    reportSpan: db
      .select({
        first: min(meetingReports.date),
        last: max(sql<string>`coalesce(${meetingReports.endDate}, ${meetingReports.date})`),
      })
      .from(meetingReports)
      .where(reportsOf)
      .prepare(),
    latestReport: db
      .select({ status: meetingReports.status })
      .from(meetingReports)
      .where(reportsOf)
      // Reports of one day are ordered by what they say, never by id: a report that the meeting took place outranks
      // one that it was called off, postponed or still to come.
      .orderBy(
        desc(meetingReports.articleDate),
        sql`CASE ${meetingReports.status} WHEN 'held' THEN 0 WHEN 'cancelled' THEN 1 WHEN 'postponed' THEN 2 ELSE 3 END`,
        desc(meetingReports.articleId),
      )
      .limit(1)
      .prepare(),
    surestReport: db
      .select({ rule: meetingReports.rule, confidence: meetingReports.confidence })
      .from(meetingReports)
      .where(reportsOf)
      .orderBy(
        desc(sql`coalesce(${meetingReports.confidence}, 1)`),
        asc(meetingReports.articleDate),
        asc(meetingReports.articleId),
      )
      .limit(1)
      .prepare(),
    updateMergedMeeting: db
      .update(meetings)
      .set({
        date: sql`${p("date")}`,
        endDate: sql`${p("endDate")}`,
        status: sql`${p("status")}`,
        rule: sql`${p("rule")}`,
        confidence: sql`${p("confidence")}`,
        updatedAt: sql`${p("updatedAt")}`,
      })
      .where(eq(meetings.id, p("id")))
      .prepare(),

    participantById: db
      .select({ id: participants.id })
      .from(participants)
      .where(eq(participants.id, p("id")))
      .prepare(),
    upsertParticipant: db
      .insert(participants)
      .values({
        id: p("id"),
        name: p("name"),
        kind: p("kind"),
        role: p("role"),
        affiliation: p("affiliation"),
        rule: p("rule"),
        confidence: p("confidence"),
        updatedAt: p("updatedAt"),
      })
      .onConflictDoUpdate({
        target: participants.id,
        set: {
          // Later articles may name a role or affiliation an earlier one left out; they never erase one.
          role: sql`coalesce(${participants.role}, excluded.role)`,
          affiliation: sql`coalesce(${participants.affiliation}, excluded.affiliation)`,
          rule: surer("rule"),
          confidence: surer("confidence"),
          updatedAt: sql`CASE WHEN (${participants.role} IS NULL AND excluded.role IS NOT NULL)
            OR (${participants.affiliation} IS NULL AND excluded.affiliation IS NOT NULL)
            THEN excluded.updated_at ELSE ${participants.updatedAt} END`,
        },
      })
      .prepare(),
    addParticipantSource: db
      .insert(participantSources)
      .values({ participantId: p("participantId"), articleId: p("articleId") })
      .onConflictDoNothing()
      .prepare(),
    addLinkSource: db
      .insert(linkSources)
      .values({
        meetingId: p("meetingId"),
        participantId: p("participantId"),
        role: p("role"),
        articleId: p("articleId"),
      })
      .onConflictDoNothing()
      .prepare(),
    addLink: db
      .insert(meetingParticipants)
      .values({ meetingId: p("meetingId"), participantId: p("participantId"), role: p("role") })
      .onConflictDoNothing()
      .prepare(),

    addQuote: db
      .insert(quotes)
      .values({
        id: p("id"),
        text: p("text"),
        speakerId: p("speakerId"),
        meetingId: p("meetingId"),
        articleId: p("articleId"),
        start: p("start"),
        end: p("end"),
        date: p("date"),
        rule: p("rule"),
        confidence: p("confidence"),
        updatedAt: p("updatedAt"),
      })
      .onConflictDoNothing()
      .prepare(),
    // The same quote attributed again by a surer rule takes that rule (no confidence counts as certain).
    upgradeQuote: db
      .update(quotes)
      .set({
        rule: sql`${p("rule")}`,
        confidence: sql`${p("confidence")}`,
        updatedAt: sql`${p("updatedAt")}`,
      })
      .where(and(eq(quotes.id, p("id")), lt(sql`coalesce(${quotes.confidence}, 1)`, p("confidence"))))
      .prepare(),
    addQuoteSource: db
      .insert(quoteSources)
      .values({
        quoteId: p("quoteId"),
        articleId: p("articleId"),
        start: p("start"),
        end: p("end"),
        meetingId: p("meetingId"),
      })
      .onConflictDoNothing()
      .prepare(),
  };
}

export type WriteStatements = ReturnType<typeof prepareWrites>;

const prepared = new WeakMap<object, WriteStatements>();

/** The write path's prepared queries for this connection. */
export function writeStatements(db: Db): WriteStatements {
  let statements = prepared.get(db.$client);
  if (!statements) {
    statements = prepareWrites(db);
    prepared.set(db.$client, statements);
  }
  return statements;
}
