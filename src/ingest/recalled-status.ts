import type { Db } from "../db/client.js";
import { clauseOfDate, clauseOfPlace } from "./clauses.js";
import { applyCorrections } from "./corrections.js";
import { perConnection } from "./per-connection.js";
import { writeStatements } from "./statements.js";

// A report written after a meeting's days that recalls it as over ("Michel held a meeting with the two leaders on
// 1 June", "their first round of talks was held on March 5") says the meeting took place, though the extractor read
// no meeting from its sentence and it is only a mention (`mentions.ts`). A meeting its reports leave `scheduled` is
// `held` once such a mention is written on its last day or after it ("said Thursday after a meeting with …", as the
// extractor reads a meeting of the report's own day as held) and no report is more recent; a report that it was
// called off or postponed stands, and so does every other claim: the mention still gives no days or venue. What
// leaves the meeting open is read in the clause of its date: "no decision is expected, X said Thursday after a
// meeting" leaves the decision open, not the meeting; with no date, in the clause of its place ("The step, which
// followed 12 hours of talks in North Macedonia, will close …": the step is to come, the talks are over).

/**
 * A verb saying the meeting happened: "met", "took place", "was held", "held talks" (not "to be held"), or what came
 * after it ("said on Tuesday after a round of talks", "after four days of discussions", "which followed ten hours of
 * talks", "a news conference following talks with …").
 */
const TOOK_PLACE =
  /\b(?:met|took place|convened|(?<!\b(?:be|been|being)\s)held|(?:after|followed|following)\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:\w+\s+){0,3}(?:meetings?|talks|rounds?|sessions?|negotiations|discussions))\b/i;
/** What leaves it open: a plan, a future, a negation, a call-off ("was to be held", "did not meet"). */
const NOT_OVER =
  /\b(?:will|would|shall|to be|is to|are to|was to|were to|due|plann\w*|schedul\w*|expected|postpon\w*|cancel\w*|called off|put off|delay\w*|not|never|no longer)\b/i;

/** Whether a sentence says a meeting took place, with nothing in the clause of its date leaving that open. */
export const saysItTookPlace = (sentence: string, clause = sentence): boolean =>
  TOOK_PLACE.test(sentence) && !NOT_OVER.test(clause);

function prepare(db: Db) {
  const sqlite = db.$client;
  return {
    meeting: sqlite.prepare("SELECT status, coalesce(end_date, date) AS last FROM meetings WHERE id = ?"),
    // The sentences of articles listed for their mentions alone: no report of their own of the meeting.
    recalls:
      sqlite.prepare(`SELECT e.text, e.date_text AS dateText, a.date FROM evidence e JOIN articles a ON a.id = e.article_id
      WHERE e.meeting_id = ? AND NOT EXISTS (SELECT 1 FROM meeting_reports r
        WHERE r.meeting_id = e.meeting_id AND r.article_id = e.article_id)`),
    mentionedBy: sqlite
      .prepare(`SELECT DISTINCT meeting_id FROM evidence e WHERE article_id = ? AND NOT EXISTS (SELECT 1 FROM
        meeting_reports r WHERE r.meeting_id = e.meeting_id AND r.article_id = e.article_id)`)
      .pluck(),
    setStatus: sqlite.prepare("UPDATE meetings SET status = ? WHERE id = ?"),
  };
}
const statementsOf = perConnection(prepare);

/** The status of a meeting: its latest report's, or `held` where a mention written since recalls it as over. */
export function statusWithRecalls(
  db: Db,
  id: string,
  latest: { status: string; articleDate: string },
  last: string,
): string {
  if (latest.status === "postponed" || latest.status === "cancelled")
    return witnessedHeld(db, id, last) ? "held" : latest.status;
  if (latest.status !== "scheduled") return latest.status;
  const recalls = statementsOf(db).recalls.all(id) as {
    text: string;
    dateText: string | null;
    date: string;
  }[];
  const over = recalls.some(
    (r) =>
      r.date >= last &&
      r.date >= latest.articleDate &&
      saysItTookPlace(r.text, r.dateText ? clauseOfDate(r.text, r.dateText) : clauseOfPlace(r.text)),
  );
  return over ? "held" : latest.status;
}

/**
 * A meeting a report written after its last day says took place was held: a later report putting those days off or
 * calling them off ("the talks on Monday, which had been postponed once in February, covered …") is a claim against
 * it, not its status. Talks called off after a report of them under way (written before their end, or on the day a
 * plan calls its own) still are.
 */
const witnessedHeld = (db: Db, id: string, last: string): boolean =>
  writeStatements(db)
    .claimDaysOf.all({ meetingId: id })
    .some((c) => c.status === "held" && c.articleDate > last);

/** The meetings an article is listed for by its mentions alone (read before they change). */
export const mentionedBy = (db: Db, articleId: string): string[] =>
  statementsOf(db).mentionedBy.all(articleId) as string[];

/** Each meeting takes the status its reports and the mentions listed now give it (corrections still win). */
export function refreshRecalledStatus(db: Db, ids: Iterable<string>): void {
  const own = statementsOf(db);
  for (const id of new Set(ids)) {
    const row = own.meeting.get(id) as { status: string; last: string } | undefined;
    const latest = writeStatements(db).latestReport.get({ meetingId: id });
    if (!row || !latest) continue;
    const status = statusWithRecalls(db, id, latest, row.last);
    if (status === row.status) continue;
    own.setStatus.run(status, id);
    applyCorrections(db, "meeting", id);
  }
}
