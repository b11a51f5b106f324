import { toFtsQuery } from "../fts.js";
import type { KeysetPage, KeysetPager } from "./keyset.js";
import { countUpTo, type StatementCache, searchCountLimit } from "./statements.js";

/**
 * `quotes_search` (migration 0004) is keyed by a quote's sort key, (days since 0001-01-01) × 2^32 + the quote's
 * rowid, so FTS5 returns matches in date order and stops after a page, and a day range is a key range. The
 * same expression is in the migration's triggers; julianday() of 0001-01-01 is 1721425.5.
 */
const keyOfDay = (day: string) =>
  `(coalesce(CAST(julianday(${day}) AS INTEGER), 1721425) - 1721425) * 4294967296`;

/** The quote a search key points at: its low 32 bits are the quote's rowid. */
export const quoteOfKey = (key: string) => `(${key} % 4294967296)`;

/** Quote rowids matching an FTS query: for filters (speaker, meeting) that pick few quotes by another index. */
export const matchingQuoteRowids = `SELECT ${quoteOfKey("rowid")} FROM quotes_search WHERE quotes_search MATCH ?`;

export interface QuoteSearch {
  /** The safe FTS5 expression of what the user typed (see toFtsQuery); null: nothing searchable. */
  match: string;
  from?: string | undefined;
  to?: string | undefined;
}

/** `search` for a q that has something searchable in it, else null. */
export const quoteSearch = (q: string, from?: string, to?: string): QuoteSearch | null => {
  const match = toFtsQuery(q);
  return match === null ? null : { match, from, to };
};

/** MATCH plus a key range for the days asked: all of it is answered inside the FTS index. */
function searchConditions(s: QuoteSearch): { where: string[]; params: unknown[] } {
  const where = ["f.quotes_search MATCH ?"];
  const params: unknown[] = [s.match];
  if (s.from) {
    where.push(`f.rowid >= ${keyOfDay("?")}`);
    params.push(s.from);
  }
  if (s.to) {
    where.push(`f.rowid < ${keyOfDay("date(?, '+1 day')")}`);
    params.push(s.to);
  }
  return { where, params };
}

/**
 * A search, in date order (quotes of one day in the order they were stored), a page at a time. The join is
 * forced to start from the index (CROSS JOIN), whose rowid order is the page order, so no match past the page
 * is read.
 */
export function createQuoteSearch(prepare: StatementCache, page: KeysetPager) {
  return {
    page<Row extends Record<string, unknown>>(
      columns: string,
      s: QuoteSearch,
      limit: number,
      cursor: string | undefined,
    ): KeysetPage<Omit<Row & { searchKey: number }, "searchKey">> {
      const c = searchConditions(s);
      const result = page<Row & { searchKey: number }>({
        select: `SELECT ${columns}, f.rowid AS searchKey FROM quotes_search f
          CROSS JOIN quotes q ON q.rowid = ${quoteOfKey("f.rowid")}
          LEFT JOIN participants s ON s.id = q.speaker_id`,
        ...c,
        key: [{ sql: "f.rowid", field: "searchKey" }],
        limit,
        cursor,
      });
      return { rows: result.rows.map(({ searchKey: _, ...row }) => row), next: result.next };
    },
    /** Counted in the index alone, which holds one entry per quote, up to `bound` + 1. */
    count(s: QuoteSearch, bound = searchCountLimit): number {
      const c = searchConditions(s);
      return countUpTo(prepare, `quotes_search f WHERE ${c.where.join(" AND ")}`, c.params, bound);
    },
  };
}

/** Fills the index from `quotes` (bulk loads drop its insert trigger and call this once at the end). */
export const rebuildQuoteSearchSql = `DELETE FROM quotes_search;
  INSERT INTO quotes_search(rowid, text) SELECT ${keyOfDay("date")} + rowid, text FROM quotes;`;
