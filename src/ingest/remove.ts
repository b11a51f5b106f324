import type { Db } from "../db/client.js";
import { withStatementCache } from "../db/queries/statements.js";
import { startWrite } from "./changes.js";
import { recomputeMeeting } from "./meetings.js";

/**
 * Removes an article and everything only it supported, in one transaction: meetings, links, participants and
 * quotes that other articles also report stay (re-pointed at a remaining source, their merged facts
 * recomputed); nothing is left orphaned. Returns false when there is no such article.
 */
export function deleteArticle(db: Db, id: string, now = new Date().toISOString()): boolean {
  const sqlite = withStatementCache(db.$client);
  const ids = (sql: string) => sqlite.prepare(sql).pluck().all(id) as string[];
  const remove = sqlite.transaction((): boolean => {
    if (!sqlite.prepare("SELECT 1 FROM articles WHERE id = ?").get(id)) return false;
    const write = startWrite(sqlite, now);
    const meetings = ids("SELECT meeting_id FROM meeting_reports WHERE article_id = ?");
    const participants = ids("SELECT participant_id FROM participant_sources WHERE article_id = ?");
    const quotes = ids("SELECT DISTINCT quote_id FROM quote_sources WHERE article_id = ?");
    // A quote also reported elsewhere moves to its next source before the cascade would take it.
    sqlite
      .prepare(
        `UPDATE quotes SET (article_id, start, "end", meeting_id, updated_at) = (
           SELECT s.article_id, s.start, s."end", s.meeting_id, ? FROM quote_sources s
           WHERE s.quote_id = quotes.id AND s.article_id <> quotes.article_id ORDER BY s.article_id, s.start LIMIT 1)
         WHERE article_id = ? AND EXISTS (SELECT 1 FROM quote_sources s WHERE s.quote_id = quotes.id AND s.article_id <> ?)`,
      )
      .run(now, id, id);
    sqlite.prepare("DELETE FROM articles WHERE id = ?").run(id);
    write.record("article", id, "deleted");

    // Links that no remaining article supports go; so do meetings no remaining article reports.
    sqlite
      .prepare(
        `DELETE FROM meeting_participants WHERE NOT EXISTS (SELECT 1 FROM link_sources l
           WHERE l.meeting_id = meeting_participants.meeting_id AND l.participant_id = meeting_participants.participant_id
             AND l.role = meeting_participants.role)`,
      )
      .run();
    for (const meeting of new Set(meetings)) {
      const reported = sqlite.prepare("SELECT 1 FROM meeting_reports WHERE meeting_id = ?").get(meeting);
      if (reported) {
        recomputeMeeting(sqlite, meeting, write);
        write.record("meeting", meeting, "updated");
      } else {
        sqlite.prepare("DELETE FROM meetings WHERE id = ?").run(meeting);
        write.record("meeting", meeting, "deleted");
      }
    }
    for (const participant of participants) {
      const named = sqlite
        .prepare("SELECT 1 FROM participant_sources WHERE participant_id = ?")
        .get(participant);
      if (!named) {
        sqlite.prepare("DELETE FROM participants WHERE id = ?").run(participant);
        write.record("participant", participant, "deleted");
      }
    }
    for (const quote of quotes) {
      const kept = sqlite.prepare("SELECT 1 FROM quotes WHERE id = ?").get(quote);
      write.record("quote", quote, kept ? "updated" : "deleted");
    }
    sqlite.prepare("DELETE FROM quote_sources WHERE quote_id NOT IN (SELECT id FROM quotes)").run();
    return true;
  });
  return remove();
}
