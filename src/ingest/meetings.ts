import type Database from "better-sqlite3";
import type { ExtractedMeeting } from "../extract/index.js";
import { meetingId, slugify } from "../ids.js";
import type { Write } from "./changes.js";
import { applyCorrections } from "./corrections.js";
import { meetingTitle } from "./titles.js";

export interface ArticleRef {
  id: string;
  date: string;
  text: string;
}

/** Tables whose rows point at a meeting and move to the survivor when meetings merge. */
const meetingReferences = [
  ["meeting_reports", "meeting_id"],
  ["link_sources", "meeting_id"],
  ["meeting_participants", "meeting_id"],
  ["evidence", "meeting_id"],
  ["quotes", "meeting_id"],
  ["quote_sources", "meeting_id"],
] as const;

/**
 * Stores what one article says of a meeting. A meeting is the same meeting when its venue matches and its date
 * span overlaps one already known, whichever article reported it first: the article's report is merged into it.
 * A span that bridges several known meetings merges them into the earliest (the others answer with `replacedBy`).
 */
export function storeMeeting(
  sqlite: Database.Database,
  m: ExtractedMeeting,
  article: ArticleRef,
  write: Write,
): { id: string; created: boolean } {
  const end = m.endDate ?? m.date;
  const overlapping = sqlite
    .prepare(
      `SELECT id FROM meetings WHERE city_key = ? AND date <= ? AND coalesce(end_date, date) >= ?
       ORDER BY date, id`,
    )
    .pluck()
    .all(slugify(m.city), end, m.date) as string[];
  const id = overlapping[0] ?? meetingId(m.date, m.city);
  const exists =
    overlapping.length > 0 || sqlite.prepare("SELECT 1 FROM meetings WHERE id = ?").get(id) !== undefined;
  if (!exists) {
    sqlite
      .prepare(
        `INSERT INTO meetings (id, title, date, end_date, date_certainty, city, country, city_key, country_key,
           status, rule, confidence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        meetingTitle(m),
        m.date,
        m.endDate,
        m.dateCertainty,
        m.city,
        m.country,
        slugify(m.city),
        slugify(m.country),
        m.status,
        m.rule,
        m.confidence,
        write.now,
      );
    write.record("meeting", id, "created");
  }
  for (const other of overlapping.slice(1)) mergeMeeting(sqlite, other, id, write);
  sqlite
    .prepare(
      `INSERT OR REPLACE INTO meeting_reports (meeting_id, article_id, article_date, status, date, end_date, rule,
         confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, article.id, article.date, m.status, m.date, m.endDate, m.rule, m.confidence);
  const evidence = sqlite.prepare(
    `INSERT OR IGNORE INTO evidence (meeting_id, article_id, start, "end", text, date_text) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const span of m.evidence) {
    evidence.run(id, article.id, span.start, span.end, article.text.slice(span.start, span.end), m.dateText);
  }
  if (exists) {
    recomputeMeeting(sqlite, id, write);
    write.record("meeting", id, "updated");
  }
  return { id, created: !exists };
}

/** Moves everything that points at `from` to `into`, then removes `from`, leaving a `merged` change behind. */
function mergeMeeting(sqlite: Database.Database, from: string, into: string, write: Write): void {
  for (const [table, column] of meetingReferences) {
    sqlite.prepare(`UPDATE OR IGNORE ${table} SET ${column} = ? WHERE ${column} = ?`).run(into, from);
  }
  sqlite.prepare("DELETE FROM link_sources WHERE meeting_id = ?").run(from);
  sqlite
    .prepare("UPDATE corrections SET entity_id = ? WHERE entity = 'meeting' AND entity_id = ?")
    .run(into, from);
  sqlite.prepare("DELETE FROM meetings WHERE id = ?").run(from);
  write.record("meeting", from, "merged", into);
}

/**
 * Merged facts from the reports that remain: the span covers every report's, the status is the most recent
 * article's (a follow-up turns "scheduled" into "held"), the rule and confidence the most confident report's (a
 * report without one counts as certain), and corrections are written over them all.
 */
export function recomputeMeeting(sqlite: Database.Database, id: string, write: Write): void {
  const span = sqlite
    .prepare(
      `SELECT min(date) AS first, max(coalesce(end_date, date)) AS last FROM meeting_reports WHERE meeting_id = ?`,
    )
    .get(id) as { first: string | null; last: string | null };
  const latest = sqlite
    .prepare(
      `SELECT status FROM meeting_reports WHERE meeting_id = ? ORDER BY article_date DESC, article_id DESC LIMIT 1`,
    )
    .pluck()
    .get(id) as string | undefined;
  const surest = sqlite
    .prepare(
      `SELECT rule, confidence FROM meeting_reports WHERE meeting_id = ?
       ORDER BY coalesce(confidence, 1) DESC, article_date, article_id LIMIT 1`,
    )
    .get(id) as { rule: string | null; confidence: number | null } | undefined;
  if (!span.first || !span.last || !latest || !surest) return;
  sqlite
    .prepare(
      "UPDATE meetings SET date = ?, end_date = ?, status = ?, rule = ?, confidence = ?, updated_at = ? WHERE id = ?",
    )
    .run(
      span.first,
      span.last === span.first ? null : span.last,
      latest,
      surest.rule,
      surest.confidence,
      write.now,
      id,
    );
  applyCorrections(sqlite, "meeting", id);
}
