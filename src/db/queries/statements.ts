import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "../client.js";
import * as schema from "../schema.js";

/**
 * Prepares each distinct SQL text once per connection; queries assembled from filters (keyset pages, FTS,
 * counts) reuse their statement. `Row` is the shape of a row of the SQL the caller wrote: the one place where a
 * hand-written query's result gets its type.
 */
export function createStatementCache(sqlite: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  return <Row = unknown>(text: string): Database.Statement<unknown[], Row> => {
    let statement = statements.get(text);
    if (!statement) {
      statement = sqlite.prepare(text);
      statements.set(text, statement);
    }
    return statement as Database.Statement<unknown[], Row>;
  };
}

export type StatementCache = ReturnType<typeof createStatementCache>;

/** SQL conditions (joined with AND) and their parameters, in order. */
export interface Conditions {
  where: string[];
  params: unknown[];
}

export const whereClause = (c: Conditions): string =>
  c.where.length ? ` WHERE ${c.where.join(" AND ")}` : "";

/** `SELECT count(*) AS n …` with its parameters: the number. */
export const countOf = (prepare: StatementCache, text: string, params: unknown[]): number =>
  prepare<{ n: number }>(text).get(...params)?.n ?? 0;

/**
 * The rows of a statement built from their column values, in order: better-sqlite3 builds a row object property
 * by property, and for a page of 51 meetings that cost 137 µs where the values as arrays and one object literal per
 * row cost 93 (objects of one literal's shape are quicker for the serializer to read, too). The statement is put
 * back in object mode, as the cache shares it with any other caller of the same text.
 */
export function rowsOf<Row>(
  statement: Database.Statement,
  params: unknown[],
  row: (values: unknown[]) => Row,
): Row[] {
  const values = statement.raw(true).all(...params) as unknown[][];
  statement.raw(false);
  return values.map(row);
}

/**
 * Totals are exact up to this many rows; past it a count answers `countLimit + 1`, which the API reports as "at
 * least countLimit" (as Elasticsearch's `track_total_hits` does), so no total costs more than reading this many
 * index entries: the exact count of a common word pair in a million quotes took two seconds.
 */
export const countLimit = 10_000;

/**
 * A quote search's total is exact up to this many matches only: counting reads the search's postings one by one
 * (~0.55 µs a match at 1M quotes, whatever the index's detail level), so 1,000 of them were half of a search's CPU
 * and its cold p99 twice the 50 ms target (docs/scaling.md, eleventh round); a hundred, five pages, say "many".
 */
export const searchCountLimit = 100;

/** `count(*)` of the rows of `fromWhere` (`table alias WHERE …`), stopping at `bound + 1`. */
export const countUpTo = (
  prepare: StatementCache,
  fromWhere: string,
  params: unknown[],
  bound = countLimit,
): number =>
  countOf(prepare, `SELECT count(*) AS n FROM (SELECT 1 FROM ${fromWhere} LIMIT ${bound + 1})`, params);

const connections = new WeakMap<Database.Database, Database.Database>();

/**
 * The connection with `prepare` answered from a per-connection cache, for code that prepares its statements
 * where it runs them (the write path): preparing costs more than running most of them. A statement comes back
 * in its default mode (no pluck, no raw), so a caller that plucks does not change what the next one gets.
 */
export function withStatementCache(sqlite: Database.Database): Database.Database {
  let cached = connections.get(sqlite);
  if (cached) return cached;
  const cache = createStatementCache(sqlite);
  const prepare = (text: string): Database.Statement => {
    const statement = cache(text);
    if (statement.reader) statement.raw(false).pluck(false);
    return statement;
  };
  cached = new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  connections.set(sqlite, cached);
  return cached;
}

const handles = new WeakMap<Database.Database, Db>();

/**
 * drizzle over the connection's statement cache, for the write path: drizzle prepares the SQL of every query it
 * runs, and the cache turns that into one prepare per distinct query text.
 */
export function cachedDrizzle(db: Db): Db {
  let handle = handles.get(db.$client);
  if (!handle) {
    handle = drizzle({ client: withStatementCache(db.$client), schema });
    handles.set(db.$client, handle);
  }
  return handle;
}
