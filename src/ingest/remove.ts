import { and, eq, exists, inArray, ne, notExists, notInArray, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { cachedDrizzle } from "../db/queries/statements.js";
import {
  articles,
  linkSources,
  meetingParticipants,
  meetingReports,
  meetings,
  participantSources,
  participants,
  quoteSources,
  quotes,
} from "../db/schema.js";
import { startWrite } from "./changes.js";
import { applyCorrections } from "./corrections.js";
import { recomputeMeeting } from "./meetings.js";
import { placeOf, relinkAround } from "./mentions.js";
import { mentionedBy, refreshRecalledStatus } from "./recalled-status.js";

/**
 * Removes an article and everything only it supported, in one transaction: meetings, links, participants and
 * quotes that other articles also report stay (re-pointed at a remaining source, their merged facts
 * recomputed); nothing is left orphaned. Returns false when there is no such article.
 */
export function deleteArticle(handle: Db, id: string, now = new Date().toISOString()): boolean {
  const db = cachedDrizzle(handle);
  const remove = db.$client.transaction((): boolean => {
    if (!db.select({ id: articles.id }).from(articles).where(eq(articles.id, id)).get()) return false;
    const write = startWrite(db, now);
    const meetingIds = db
      .select({ id: meetingReports.meetingId })
      .from(meetingReports)
      .where(eq(meetingReports.articleId, id))
      .all();
    const participantIds = db
      .select({ id: participantSources.participantId })
      .from(participantSources)
      .where(eq(participantSources.articleId, id))
      .all();
    const quoteIds = db
      .selectDistinct({ id: quoteSources.quoteId })
      .from(quoteSources)
      .where(eq(quoteSources.articleId, id))
      .all();
    // A quote also reported elsewhere moves to its next source before the cascade would take it.
    const otherSource = (column: "articleId" | "start" | "end" | "meetingId") =>
      sql`(SELECT ${sql.identifier(quoteSources[column].name)} FROM ${quoteSources} s
        WHERE s.quote_id = ${quotes.id} AND s.article_id <> ${quotes.articleId} ORDER BY s.article_id, s.start LIMIT 1)`;
    db.update(quotes)
      .set({
        articleId: otherSource("articleId"),
        start: otherSource("start"),
        end: otherSource("end"),
        meetingId: otherSource("meetingId"),
        updatedAt: now,
      })
      .where(
        and(
          eq(quotes.articleId, id),
          exists(
            db
              .select({ one: sql`1` })
              .from(quoteSources)
              .where(and(eq(quoteSources.quoteId, quotes.id), ne(quoteSources.articleId, id))),
          ),
        ),
      )
      .run();
    // Where its meetings were, before they shrink or go: a day other reports recall may fit one meeting only now.
    const places = [...new Set(meetingIds.map((m) => m.id))].flatMap((m) => placeOf(db, m) ?? []);
    // Meetings it recalled by their day alone: a recall that one took place goes with it.
    const recalled = mentionedBy(db, id);
    db.delete(articles).where(eq(articles.id, id)).run();
    write.record("article", id, "deleted");

    // Links of this article's meetings that no remaining article supports go (an editor's corrected parties are
    // written again by the recomputation below; other meetings' are left alone); so do meetings no remaining
    // article reports.
    const reportedHere = [...new Set(meetingIds.map((m) => m.id))];
    db.delete(meetingParticipants)
      .where(
        and(
          inArray(meetingParticipants.meetingId, reportedHere),
          notExists(
            db
              .select({ one: sql`1` })
              .from(linkSources)
              .where(
                and(
                  eq(linkSources.meetingId, meetingParticipants.meetingId),
                  eq(linkSources.participantId, meetingParticipants.participantId),
                  eq(linkSources.role, meetingParticipants.role),
                ),
              ),
          ),
        ),
      )
      .run();
    for (const meeting of reportedHere) {
      const reported = db
        .select({ id: meetingReports.meetingId })
        .from(meetingReports)
        .where(eq(meetingReports.meetingId, meeting))
        .limit(1)
        .get();
      if (reported) {
        recomputeMeeting(db, meeting, write);
        write.record("meeting", meeting, "updated");
      } else {
        db.delete(meetings).where(eq(meetings.id, meeting)).run();
        write.record("meeting", meeting, "deleted");
      }
    }
    for (const { id: participant } of participantIds) {
      const named = db
        .select({ id: participantSources.participantId })
        .from(participantSources)
        .where(eq(participantSources.participantId, participant))
        .limit(1)
        .get();
      // A party or organisation an editor's correction links to a meeting stays while it does.
      const linked = db
        .select({ id: meetingParticipants.participantId })
        .from(meetingParticipants)
        .where(eq(meetingParticipants.participantId, participant))
        .limit(1)
        .get();
      if (!named && !linked) {
        db.delete(participants).where(eq(participants.id, participant)).run();
        write.record("participant", participant, "deleted");
      }
    }
    for (const { id: quote } of quoteIds) {
      const kept = db.select({ id: quotes.id }).from(quotes).where(eq(quotes.id, quote)).get();
      // Re-pointed at its next source, a quote takes that source's meeting: an editor's move must win again.
      if (kept) applyCorrections(db, "quote", quote);
      write.record("quote", quote, kept ? "updated" : "deleted");
    }
    db.delete(quoteSources)
      .where(notInArray(quoteSources.quoteId, db.select({ id: quotes.id }).from(quotes)))
      .run();
    relinkAround(db, places, id);
    refreshRecalledStatus(db, recalled);
    return true;
  });
  return remove();
}
