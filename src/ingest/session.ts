import type { Db } from "../db/client.js";
import type { ExtractedMeeting } from "../extract/index.js";
import { addDays } from "../extract/mentions/calendar.js";
import { participantId, slugify } from "../ids.js";
import { perConnection } from "./per-connection.js";
import type { Claim } from "./rescheduled.js";
import { tellingSides } from "./sides.js";
import { writeStatements } from "./statements.js";
import { samePlace, type Venue } from "./vicinity.js";

// A session reported by its opening and, days later, by its close ("started its first face-to-face meetings in Tunis"
// on 9 November / "wound up its discussions in Tunis on the evening of 15 November"): each report gives one day, so
// they read as two meetings. A meeting known by one day only, from reports whose sentences say it began, and one known
// by a later day only, from reports whose sentences say it ended, at the same place within SESSION_DAYS, sharing a
// side other than the host country, with no article placing both, are one session running from the one to the other.

/** How many days after a session's opening its close may come. */
export const SESSION_DAYS = 7;

const BEGAN =
  /\b(?:began|begun|begins|started|starts|opened|opens|kicked off|kicks off|got under way|gets under way|launched)\b/i;
const ENDED =
  /\b(?:ended|ends|concluded|concludes|closed|closes|wound up|winds up|wrapped up|wraps up|came to an end|comes to an end)\b/i;

/** A meeting, or the report about to be stored, as the rule sees it. */
interface Known {
  id?: string;
  venue: Venue;
  claims: Claim[];
  sides: Set<string>;
  /** The sentences each article placed it in, by article. */
  sentences: Map<string, string[]>;
}

const lastOf = (c: { date: string; endDate: string | null }) => c.endDate ?? c.date;

/** The one day every report gives, when each of them says in its sentence what `says` tests for. */
function dayWhere(k: Known, says: RegExp): string | undefined {
  const days = new Set(k.claims.flatMap((c) => [c.date, lastOf(c)]));
  if (days.size !== 1 || k.claims.length === 0) return undefined;
  const said = k.claims.every((c) => (k.sentences.get(c.articleId) ?? []).some((s) => says.test(s)));
  return said ? [...days][0] : undefined;
}

/** Whether `close` ends the session `opening` opened. */
function closes(opening: Known, close: Known): boolean {
  const first = dayWhere(opening, BEGAN);
  const last = dayWhere(close, ENDED);
  if (!first || !last || last <= first || last > addDays(first, SESSION_DAYS)) return false;
  const theirs = tellingSides(opening.sides, opening.venue);
  const articles = new Set(opening.claims.map((c) => c.articleId));
  return (
    (slugify(opening.venue.city) === slugify(close.venue.city) || samePlace(opening.venue, close.venue)) &&
    [...tellingSides(close.sides, close.venue)].some((s) => theirs.has(s)) &&
    !close.claims.some((c) => articles.has(c.articleId))
  );
}

const prepare = (db: Db) => ({
  sentences: db.$client.prepare("SELECT article_id AS articleId, text FROM evidence WHERE meeting_id = ?"),
});
const statementsOf = perConnection(prepare);

function known(db: Db, id: string, venue: Venue): Known {
  const statements = writeStatements(db);
  const sentences = new Map<string, string[]>();
  for (const row of statementsOf(db).sentences.all(id) as { articleId: string; text: string }[])
    sentences.set(row.articleId, [...(sentences.get(row.articleId) ?? []), row.text]);
  return {
    id,
    venue,
    claims: statements.reportsOf.all({ meetingId: id }),
    sides: new Set(statements.sidesOf.all({ meetingId: id }).map((x) => x.id)),
    sentences,
  };
}

/**
 * The one known meeting a report about to be stored opens or closes (see above), if exactly one: the report joins it.
 */
export function sessionMeeting(
  db: Db,
  m: ExtractedMeeting,
  claim: Claim,
  text: string,
): { join: string } | undefined {
  const report: Known = {
    venue: m,
    claims: [claim],
    sides: new Set([...m.parties, ...m.organizations].map(participantId)),
    sentences: new Map([[claim.articleId, m.evidence.map((span) => text.slice(span.start, span.end))]]),
  };
  const around = writeStatements(db).meetingsBetween.all({
    from: addDays(m.date, -SESSION_DAYS),
    to: addDays(m.endDate ?? m.date, SESSION_DAYS),
  });
  const found = around
    .map((row) => known(db, row.id, row))
    .filter((k) => closes(k, report) || closes(report, k))
    .flatMap((k) => (k.id ? [k.id] : []));
  return found.length === 1 && found[0] ? { join: found[0] } : undefined;
}

/**
 * The one meeting that opens or closes meeting `id` (known once the article's sides are stored, which the rule
 * compares), for `id` to take in: a session whose opening was first read apart from another report's close.
 */
export function sessionsOf(db: Db, id: string, venue: Venue): string[] {
  const meeting = known(db, id, venue);
  const days = meeting.claims.flatMap((c) => [c.date, lastOf(c)]).sort();
  const [first, last] = [days[0], days[days.length - 1]];
  if (!first || !last) return [];
  const found = writeStatements(db)
    .meetingsBetween.all({ from: addDays(first, -SESSION_DAYS), to: addDays(last, SESSION_DAYS) })
    .filter((row) => row.id !== id)
    .map((row) => known(db, row.id, row))
    .filter((other) => closes(meeting, other) || closes(other, meeting))
    .flatMap((other) => (other.id ? [other.id] : []));
  return found.length === 1 ? found : [];
}
