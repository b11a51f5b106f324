import { and, asc, desc, eq, gte, lte, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { reportClaimColumns } from "../db/queries/meeting-disputes.js";
import { evidence, meetingParticipants, meetingReports, meetings } from "../db/schema.js";

const p = sql.placeholder;

/**
 * What a report says of a meeting, strongest first: that it took place, was called off, was postponed, is to come.
 * Orders reports of one day, and the claims one article makes of one meeting in several sentences.
 */
const statusRank = (status: SQL) =>
  sql`CASE ${status} WHEN 'held' THEN 0 WHEN 'cancelled' THEN 1 WHEN 'postponed' THEN 2 ELSE 3 END`;
const lastDay = (date: SQL, endDate: SQL) => sql`coalesce(${endDate}, ${date})`;

/** The write path's prepared queries about meetings and the reports that place them (see `statements.ts`). */
export function prepareMeetingWrites(db: Db) {
  const happens = (status: SQL) => sql`(${status} IN ('held', 'scheduled'))`;
  const newHappens = happens(sql`excluded.status`);
  const sameKind = sql`(${happens(sql`${meetingReports.status}`)} = ${newHappens})`;
  const surer = sql`coalesce(excluded.confidence, 1) > coalesce(${meetingReports.confidence}, 1)`;
  const reportEnd = lastDay(sql`${meetingReports.date}`, sql`${meetingReports.endDate}`);
  const reportsOf = eq(meetingReports.meetingId, p("meetingId"));
  // A day off at a span's edge is the same meeting ("held on the 9th and 10th" / "on the 11th").
  const nearTheDays = and(
    lte(sql`date(${meetings.date}, '-1 day')`, p("end")),
    gte(sql`date(coalesce(${meetings.endDate}, ${meetings.date}), '+1 day')`, p("start")),
  );
  return {
    overlappingMeetings: db
      .select({
        id: meetings.id,
        date: meetings.date,
        end: sql<string>`coalesce(${meetings.endDate}, ${meetings.date})`,
      })
      .from(meetings)
      .where(and(eq(meetings.cityKey, p("cityKey")), nearTheDays))
      .orderBy(asc(meetings.date), asc(meetings.id))
      .prepare(),
    // Meetings elsewhere on a report's days or a day off at their edge (see `elsewhere.ts`).
    meetingsAround: db
      .select({
        id: meetings.id,
        city: meetings.city,
        country: meetings.country,
        date: meetings.date,
        end: sql<string>`coalesce(${meetings.endDate}, ${meetings.date})`,
      })
      .from(meetings)
      .where(and(ne(meetings.cityKey, p("cityKey")), nearTheDays))
      .prepare(),
    // Meetings anywhere whose span meets the days from `from` to `to` (see `rescheduled.ts`).
    meetingsBetween: db
      .select({
        id: meetings.id,
        city: meetings.city,
        country: meetings.country,
        cityKey: meetings.cityKey,
      })
      .from(meetings)
      .where(
        and(
          lte(meetings.date, p("to")),
          gte(sql`coalesce(${meetings.endDate}, ${meetings.date})`, p("from")),
          // A range of start dates, so the date index bounds it: no meeting ending on or after `from` starts more
          // than the longest meeting's length before it (one probe of meetings_span_days_idx).
          gte(
            meetings.date,
            sql`date(${p("from")}, '-' || (SELECT ifnull(max(julianday(end_date) - julianday(date)), 0)
              FROM meetings WHERE end_date IS NOT NULL) || ' days')`,
          ),
        ),
      )
      .orderBy(asc(meetings.date), asc(meetings.id))
      .prepare(),
    sidesOf: db
      .select({ id: meetingParticipants.participantId })
      .from(meetingParticipants)
      .where(and(eq(meetingParticipants.meetingId, p("meetingId")), ne(meetingParticipants.role, "attendee")))
      .prepare(),
    reportsOf: db
      .select({ ...reportClaimColumns, rule: meetingReports.rule, confidence: meetingReports.confidence })
      .from(meetingReports)
      .where(reportsOf)
      .prepare(),
    reportRulesOf: db.select({ rule: meetingReports.rule }).from(meetingReports).where(reportsOf).prepare(),
    // The distinct days and statuses reports give a meeting, with when they were written: all the span needs, one
    // row per claim rather than per report (a summit a thousand reports place has a handful of claims).
    claimDaysOf: db
      .selectDistinct({
        articleDate: meetingReports.articleDate,
        status: meetingReports.status,
        date: meetingReports.date,
        endDate: meetingReports.endDate,
      })
      .from(meetingReports)
      .where(reportsOf)
      .prepare(),
    meetingById: db
      .select({ id: meetings.id, city: meetings.city, country: meetings.country, title: meetings.title })
      .from(meetings)
      .where(eq(meetings.id, p("id")))
      .prepare(),
    updateMeetingVenue: db
      .update(meetings)
      .set({ city: sql`${p("city")}`, cityKey: sql`${p("cityKey")}`, title: sql`${p("title")}` })
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
        // One article placing the meeting in several sentences ("a working dinner on Sunday", "talks on Monday")
        // makes one report of all its days and its strongest status. A day it says the meeting was postponed or
        // called off is no day of it when the article gives a day it happens ("postponed from Friday to Saturday").
        // The first venue it gave stays.
        set: {
          articleDate: sql`excluded.article_date`,
          status: sql`CASE WHEN ${sameKind} AND ${statusRank(sql`excluded.status`)} < ${statusRank(sql`${meetingReports.status}`)}
            THEN excluded.status WHEN NOT ${sameKind} AND ${newHappens} THEN excluded.status
            ELSE ${meetingReports.status} END`,
          date: sql`CASE WHEN ${sameKind} THEN min(${meetingReports.date}, excluded.date)
            WHEN ${newHappens} THEN excluded.date ELSE ${meetingReports.date} END`,
          endDate: sql`CASE WHEN ${sameKind} THEN nullif(max(${reportEnd}, ${lastDay(sql`excluded.date`, sql`excluded.end_date`)}),
            min(${meetingReports.date}, excluded.date))
            WHEN ${newHappens} THEN excluded.end_date ELSE ${meetingReports.endDate} END`,
          city: sql`coalesce(${meetingReports.city}, excluded.city)`,
          rule: sql`CASE WHEN ${surer} THEN excluded.rule ELSE ${meetingReports.rule} END`,
          confidence: sql`CASE WHEN ${surer} THEN excluded.confidence ELSE ${meetingReports.confidence} END`,
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
    latestReport: db
      .select({ status: meetingReports.status, articleDate: meetingReports.articleDate })
      .from(meetingReports)
      .where(reportsOf)
      // Reports of one day are ordered by what they say, never by id: a report that the meeting took place outranks
      // one that it was called off, postponed or still to come.
      .orderBy(
        desc(meetingReports.articleDate),
        statusRank(sql`${meetingReports.status}`),
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
  };
}
