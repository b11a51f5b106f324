import { and, asc, desc, eq, gte, lte, max, min, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { evidence, meetingReports, meetings } from "../db/schema.js";

const p = sql.placeholder;

/** The write path's prepared queries about meetings and the reports that place them (see `statements.ts`). */
export function prepareMeetingWrites(db: Db) {
  const reportsOf = eq(meetingReports.meetingId, p("meetingId"));
  return {
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
  };
}
