import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Quote, QuoteDetail } from "../../schemas/quote.js";
import type { Db } from "../client.js";
import { toFtsQuery } from "../fts.js";
import { participants, quotes } from "../schema.js";
import type { CorrectionsOf } from "./corrections.js";
import { everyRow, type KeysetPage, type KeysetPager } from "./keyset.js";
import { createQuoteSearch, matchingQuoteRowids, type QuoteSearch, quoteSearch } from "./quote-search.js";
import {
  type Conditions,
  countLimit,
  countUpTo,
  type StatementCache,
  searchCountLimit,
  whereClause,
} from "./statements.js";

/** Columns of a quote joined to its speaker as `s`, for the keyset and search pages. */
export const quoteColumns = `q.id, q.text, q.speaker_id AS speakerId, s.name AS speakerName,
  q.meeting_id AS meetingId, q.article_id AS articleId, q.start, q."end", q.date, q.rule, q.confidence`;

const speaker = alias(participants, "s");

/** The same columns for drizzle: a quote row, typed from the schema. */
const quoteFields = {
  id: quotes.id,
  text: quotes.text,
  speakerId: quotes.speakerId,
  speakerName: speaker.name,
  meetingId: quotes.meetingId,
  articleId: quotes.articleId,
  start: quotes.start,
  end: quotes.end,
  date: quotes.date,
  rule: quotes.rule,
  confidence: quotes.confidence,
};

/** Quotes with their speakers, for lookups to narrow with `where` and `orderBy`. */
export const selectQuotes = (db: Db) =>
  db.select(quoteFields).from(quotes).leftJoin(speaker, eq(speaker.id, quotes.speakerId));

export type QuoteRow = Omit<Quote, "speaker"> & { speakerId: string | null; speakerName: string | null };

/**
 * A drizzle row as a quote, written out field by field: a spread of the row followed by another property
 * (`{ ...rest, speaker }`) left V8 objects that outlived the next scavenge, so every quote of a meeting's detail or a
 * search page was promoted to the old generation (`bench/promoted.ts`; docs/scaling.md, tenth round).
 */
export const toQuote = (row: QuoteRow): Quote => ({
  id: row.id,
  text: row.text,
  speaker: row.speakerId && row.speakerName ? { id: row.speakerId, name: row.speakerName } : null,
  meetingId: row.meetingId,
  articleId: row.articleId,
  start: row.start,
  end: row.end,
  date: row.date,
  rule: row.rule,
  confidence: row.confidence,
});

/** A row of `quoteColumns` (its values, in order) as a quote. */
const quoteOfValues = (v: unknown[]): Quote => ({
  id: v[0] as string,
  text: v[1] as string,
  speaker: v[2] && v[3] ? { id: v[2] as string, name: v[3] as string } : null,
  meetingId: v[4] as Quote["meetingId"],
  articleId: v[5] as string,
  start: v[6] as number,
  end: v[7] as number,
  date: v[8] as string,
  rule: v[9] as Quote["rule"],
  confidence: v[10] as Quote["confidence"],
});

export interface QuoteFilters {
  speaker?: string | undefined;
  meeting?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  updatedSince?: string | undefined;
  minConfidence?: number | undefined;
}

function quoteConditions(f: QuoteFilters): Conditions {
  const c: Conditions = { where: [], params: [] };
  const add = (condition: string, value?: unknown) => {
    c.where.push(condition);
    if (value !== undefined) c.params.push(value);
  };
  if (f.speaker) add("q.speaker_id = ?", f.speaker);
  if (f.meeting) add("q.meeting_id = ?", f.meeting);
  if (f.from) add("q.date >= ?", f.from);
  if (f.to) add("q.date <= ?", f.to);
  if (f.updatedSince) add("q.updated_at >= ?", f.updatedSince);
  if (f.minConfidence !== undefined) add("coalesce(q.confidence, 1) >= ?", f.minConfidence);
  if (f.q !== undefined) {
    const match = toFtsQuery(f.q);
    if (match === null) add("0");
    else add(`q.rowid IN (${matchingQuoteRowids})`, match);
  }
  return c;
}

const fromQuotes = "FROM quotes q LEFT JOIN participants s ON s.id = q.speaker_id";

export function createQuoteQueries(
  db: Db,
  prepare: StatementCache,
  page: KeysetPager,
  correctionsOf: CorrectionsOf,
) {
  const search = createQuoteSearch(prepare, page);
  const byId = selectQuotes(db)
    .where(eq(quotes.id, sql.placeholder("id")))
    .prepare();
  // A search narrowed only by dates is answered inside the FTS index, in date order (see quote-search.ts); with
  // a speaker or a meeting, that filter's index picks the few quotes and the matches are checked among them.
  const searchOnly = (f: QuoteFilters): QuoteSearch | null =>
    f.q === undefined || f.speaker || f.meeting || f.updatedSince || f.minConfidence !== undefined
      ? null
      : quoteSearch(f.q, f.from, f.to);
  const list = (f: QuoteFilters & { limit: number; cursor?: string | undefined }): KeysetPage<Quote> => {
    const s = searchOnly(f);
    if (s) {
      const result = search.page<QuoteRow>(quoteColumns, s, f.limit, f.cursor);
      return { rows: result.rows.map(toQuote), next: result.next };
    }
    return page<Quote>({
      select: `SELECT ${quoteColumns} ${fromQuotes}`,
      ...quoteConditions(f),
      key: [
        { sql: "q.date", field: "date" },
        { sql: "q.id", field: "id" },
      ],
      limit: f.limit,
      cursor: f.cursor,
      row: quoteOfValues,
    });
  };
  // A search's total has the smaller bound, whichever index answers it, unless the client asked for it exactly.
  const countBound = (f: QuoteFilters & { count?: boolean | "exact" }): number =>
    f.q === undefined || f.count === "exact" ? countLimit : searchCountLimit;
  return {
    list,
    countBound,
    count(f: QuoteFilters & { count?: boolean | "exact" }): number {
      const s = searchOnly(f);
      if (s) return search.count(s, countBound(f));
      const c = quoteConditions(f);
      return countUpTo(prepare, `quotes q${whereClause(c)}`, c.params, countBound(f));
    },
    all: (f: QuoteFilters) => everyRow(list, f),
    get(id: string): QuoteDetail | undefined {
      const row = byId.get({ id });
      if (!row) return undefined;
      const quote = toQuote(row) as QuoteDetail;
      quote.corrections = correctionsOf("quote", id);
      return quote;
    },
  };
}
