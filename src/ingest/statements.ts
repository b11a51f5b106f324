import { and, asc, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import {
  changes,
  corrections,
  linkSources,
  meetingParticipants,
  meta,
  participantSources,
  participants,
  quoteSources,
  quotes,
} from "../db/schema.js";
import { prepareMeetingWrites } from "./meeting-statements.js";
import { perConnection } from "./per-connection.js";

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

    ...prepareMeetingWrites(db),
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

/** The write path's prepared queries for this connection. */
export const writeStatements: (db: Db) => WriteStatements = perConnection(prepareWrites);
