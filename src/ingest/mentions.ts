import type { Db } from "../db/client.js";
import { addDays, findDates } from "../extract/mentions/dates.js";
import { readDocument } from "../extract/structure/document.js";
import { slugify } from "../ids.js";
import { clauseAround } from "./clauses.js";
import { lastingDays } from "./durations.js";
import { namedSides } from "./named-sides.js";
import { perConnection } from "./per-connection.js";
import { mentionedBy, refreshRecalledStatus, saysItTookPlace } from "./recalled-status.js";
import { tellingSides } from "./sides.js";
import { writeStatements } from "./statements.js";
import { isKnownCity, samePlace, type Venue } from "./vicinity.js";

// A report often recalls a known meeting by its day alone ("The first round of talks was held on October 14", "their
// third meeting took place between September 25 and 27", "sessions since Monday at Wisma Perwira"): the extractor
// reads no meeting there (the sentence names no venue), yet the report places it. Such a mention lists the report
// among the meeting's sources (its sentence as evidence) when it names a meeting in its own clause, no other venue,
// and its days fall in (or, failing that, a day off the edge of) exactly one known meeting whose city the article
// names (or whose country the clause puts it in, "the close of the talks in Sweden") and which has a side the article
// names (or no side known). It creates nothing and claims nothing: no days,
// venue or status of the meeting come from it.

/** A meeting in the clause of the date: "round", "met", "summit", "sessions since Monday". */
const MEETING_WORD =
  /\b(?:talks|meet|meets|met|meeting|meetings|summit|summits|round|rounds|session|sessions|negotiations?|discussions|dialogue|consultations)\b/i;

export interface DayMention {
  start: number; // the sentence, kept as the source's evidence
  end: number;
  first: string;
  last: string;
  /** The date as written; null for a sentence that names the place alone, written during the meeting's days. */
  dateText: string | null;
  /** Cities and countries the clause names as a venue: a mention of talks "in Moldova" is of no meeting elsewhere. */
  venues: Venue[];
  countries: string[];
}

export interface ArticleMentions {
  text: string;
  /** The text folded (case and accents) for finding city names in it. */
  folded: string;
  sides: Set<string>;
  days: DayMention[];
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** "in Estonia", "at Riga": the name a clause puts something in (a building's name is no place to compare). */
const PUT_IN = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/gu;
/** "in the Chinese city of Tianjin", "at the Lebanese border town of Naqoura": the place is the name after "of". */
const PUT_IN_DESCRIBED =
  /\b(?:in|at)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:city|town|village|capital|resort|port)\s+of\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/gu;

/** What an article names: its sides (states, organisations), and each day it gives in a clause about a meeting. */
export function readMentions(text: string): ArticleMentions {
  const doc = readDocument(text);
  const named = namedSides(doc.work);
  const sides = new Set(named.map((n) => n.id));
  const days: DayMention[] = [];
  // A date in the dateline ("July 26 (UPI) -- Senior diplomats met in …") is the report's, not its first sentence's.
  const line = doc.dateline;
  const dates = findDates(doc).filter((d) => !line || d.end <= line.start || d.start >= line.end);
  for (const date of dates) {
    const sentence = doc.sentences.find((s) => s.start <= date.start && date.end <= s.end);
    if (!sentence) continue;
    const clause = clauseAround(doc.work, sentence.start, sentence.end, date.start, date.end - date.start);
    const words = doc.work.slice(clause.start, clause.end);
    if (!MEETING_WORD.test(words)) continue;
    days.push({
      start: sentence.start,
      end: sentence.end,
      first: date.date,
      last: date.endDate ?? date.date,
      dateText: date.text,
      ...venuesOf(words),
    });
  }
  // A report written while a meeting runs, or the day after, names it by its place alone ("the talks in Riga made
  // progress"): a sentence with no date that puts a meeting in a city is of the meeting there on those days.
  const dated = new Set(days.map((d) => d.start));
  for (const sentence of doc.sentences) {
    if (sentence.start < doc.header.bodyStart || dated.has(sentence.start)) continue;
    const words = doc.work.slice(sentence.start, sentence.end);
    if (!MEETING_WORD.test(words) || findsDate(sentence, dates)) continue;
    const { venues, countries } = venuesOf(words);
    // "the close of the peace talks in Sweden": a country is the place too, of the one meeting there on those days.
    // With no place at all, only a sentence saying talks took place ("praising the minister after three days of
    // negotiations") tells of a meeting, placed then by its sides alone (`bySides`).
    if (venues.length === 0 && countries.length === 0 && !saysItTookPlace(words)) continue;
    const date = doc.header.date;
    days.push({
      start: sentence.start,
      end: sentence.end,
      first: addDays(date, -lastingDays(words)),
      last: date,
      dateText: null,
      venues,
      countries,
    });
  }
  return { text, folded: fold(text), sides, days };
}

const findsDate = (sentence: { start: number; end: number }, dates: { start: number; end: number }[]) =>
  dates.some((d) => sentence.start <= d.start && d.end <= sentence.end);

/** Only a place the clause puts the meeting in: "a Gaza peace summit in Sharm el-Sheikh" is not in Gaza. */
function venuesOf(words: string): { venues: Venue[]; countries: string[] } {
  const venues: Venue[] = [];
  const countries: string[] = [];
  for (const m of [...words.matchAll(PUT_IN), ...words.matchAll(PUT_IN_DESCRIBED)]) {
    const name = m[1] as string;
    const side = namedSides(name).find((n) => n.country && n.start === 0 && n.end === name.length);
    if (side) countries.push(side.id);
    else if (isKnownCity(name)) venues.push({ city: name, country: "" });
  }
  return { venues, countries };
}

/**
 * A mention naming no place at all ("the prime ministers will hold talks on Monday", the city nowhere in the article;
 * "after three days of negotiations", written at their close) is of a meeting on its days whose every side (two at least, its host among them if a side) the article
 * names: the same parties on the same day place it as its city would.
 */
const bySides = (day: DayMention, sides: Set<string>, mentions: ArticleMentions) =>
  day.venues.length === 0 &&
  day.countries.length === 0 &&
  sides.size >= 2 &&
  [...sides].every((s) => mentions.sides.has(s));

/** Whether the article names the city, under the name the meeting is listed by or one a report of it wrote. */
const namesCity = (folded: string, cities: string[]) =>
  cities.some((city) => {
    const name = fold(city).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "u").test(folded);
  });

/** The few reads and writes of mention sources, prepared once per connection. */
function prepare(db: Db) {
  const sqlite = db.$client;
  return {
    // A source the article is only for its mentions: no report of its own of that meeting.
    dropMentions: sqlite.prepare(`DELETE FROM evidence WHERE article_id = ? AND NOT EXISTS (SELECT 1 FROM
      meeting_reports r WHERE r.meeting_id = evidence.meeting_id AND r.article_id = evidence.article_id)`),
    reportedBy: sqlite.prepare("SELECT meeting_id FROM meeting_reports WHERE article_id = ?").pluck(),
    // The names of a meeting's sides, to find the reports that place it by its sides and day alone.
    sideNames: sqlite
      .prepare(`SELECT p.name FROM meeting_participants mp JOIN participants p ON p.id = mp.participant_id
        WHERE mp.meeting_id = ? AND mp.role <> 'attendee' AND p.kind <> 'person'`)
      .pluck(),
    reportCities: sqlite
      .prepare("SELECT DISTINCT city FROM meeting_reports WHERE meeting_id = ? AND city IS NOT NULL")
      .pluck(),
    meeting: sqlite.prepare(
      "SELECT city, country, date, coalesce(end_date, date) AS last FROM meetings WHERE id = ?",
    ),
    // Articles naming a city (full-text index, accents and case ignored), written in the window around some days.
    naming:
      sqlite.prepare(`SELECT a.id, a.text FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ? AND a.date BETWEEN ? AND ? AND a.id <> ?`),
  };
}
const statementsOf = perConnection(prepare);

/**
 * Lists the article as a source of each known meeting it names by its day alone (see above), after dropping the
 * mentions it was listed for before: what it names is read again against the meetings known now.
 */
export function linkMentions(db: Db, article: { id: string }, mentions: ArticleMentions): void {
  const statements = writeStatements(db);
  const own = statementsOf(db);
  // The meetings it was listed for and is listed for now: a recall that it took place may change their status.
  const touched = new Set(mentionedBy(db, article.id));
  own.dropMentions.run(article.id);
  const reported = new Set(own.reportedBy.all(article.id) as string[]);
  // Where the article places meetings of its own: a mention naming no place is likelier of one of those ("they will
  // meet in Gomel … the meeting will take place on Monday") than of a meeting elsewhere its sides hold.
  const ownVenues = [...reported].flatMap((id) => {
    const row = own.meeting.get(id) as { city: string; country: string } | undefined;
    return row ? [{ city: row.city, country: row.country }] : [];
  });
  for (const day of mentions.days) {
    const fit = (m: { id: string; city: string; country: string }) => {
      const cities = [m.city, ...(own.reportCities.all(m.id) as string[])];
      // A clause that puts the meeting in its country alone names its place as well as the city would.
      const inCountry =
        day.venues.length === 0 &&
        day.countries.length > 0 &&
        day.countries.every((c) => c === slugify(m.country));
      if (day.venues.some((v) => !samePlace({ city: v.city, country: m.country }, m))) return false;
      if (day.countries.some((c) => c !== slugify(m.country))) return false;
      const all = new Set(statements.sidesOf.all({ meetingId: m.id }).map((s) => s.id));
      const sides = tellingSides(all, m);
      // A sentence naming neither day nor place is of a meeting only by its sides, whatever cities the article names.
      const placeless = day.dateText === null && day.venues.length === 0 && day.countries.length === 0;
      if (
        !inCountry &&
        (placeless || !namesCity(mentions.folded, cities)) &&
        !(bySides(day, all, mentions) && ownVenues.every((v) => samePlace(v, m)))
      )
        return false;
      // A meeting no report gave a side of has none to disagree with.
      return sides.size === 0 || [...sides].some((s) => mentions.sides.has(s));
    };
    // A day on the meeting's days; else, as a report's, a day off at the edge of one ("October 28" of talks on the 29th).
    const on = statements.meetingsBetween.all({ from: day.first, to: day.last }).filter(fit);
    const fits =
      on.length > 0 || day.dateText === null
        ? on
        : statements.meetingsBetween
            .all({ from: addDays(day.first, -1), to: addDays(day.last, 1) })
            .filter(fit);
    const only = fits.length === 1 ? fits[0] : undefined;
    if (!only || reported.has(only.id)) continue;
    statements.addEvidence.run({
      meetingId: only.id,
      articleId: article.id,
      start: day.start,
      end: day.end,
      text: mentions.text.slice(day.start, day.end),
      dateText: day.dateText,
    });
    touched.add(only.id);
  }
  refreshRecalledStatus(db, touched);
}

/** How long before a meeting and after it a report may recall it by its day alone and still be looked for. */
export const MENTION_WINDOW = { before: 31, after: 183 };

/** Where a meeting is, or was before a change: the cities it is known by and its days. */
export interface MeetingPlace {
  cities: string[];
  /** Its country: a report may name the meeting's place by the country alone ("the talks in Sweden"). */
  country: string;
  first: string;
  last: string;
  /** The names of its sides: a report may place it by them and its day alone. */
  sides?: string[];
}

/** The place of a known meeting, for `relinkAround`. */
export function placeOf(db: Db, id: string): MeetingPlace | undefined {
  const own = statementsOf(db);
  const row = own.meeting.get(id) as
    | { city: string; country: string; date: string; last: string }
    | undefined;
  if (!row) return undefined;
  const cities = [row.city, ...(own.reportCities.all(id) as string[])];
  const sides = own.sideNames.all(id) as string[];
  return { cities, country: row.country, first: row.date, last: row.last, sides };
}

/**
 * Reads again the other articles that name the city (or country) of a meeting created, moved to other days or removed: a mention
 * they hold may now fit it, or fit two meetings, whichever order the reports came in.
 */
export function relinkAround(db: Db, places: MeetingPlace[], except: string): void {
  const own = statementsOf(db);
  const seen = new Set<string>([except]);
  for (const place of places) {
    const from = addDays(place.first, -MENTION_WINDOW.before);
    const to = addDays(place.last, MENTION_WINDOW.after);
    const phrase = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const queries = [...new Set([...place.cities, place.country])].map(phrase);
    // Reports naming every side of it, which may place it by its sides and day alone.
    if ((place.sides?.length ?? 0) >= 2) queries.push((place.sides ?? []).map(phrase).join(" AND "));
    for (const query of queries) {
      for (const row of own.naming.all(query, from, to, except) as { id: string; text: string }[]) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        linkMentions(db, row, readMentions(row.text));
      }
    }
  }
}
