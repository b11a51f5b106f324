import { cursorScope, decodeCursor, encodeCursor } from "../cursor.js";
import { type Conditions, countUpTo, rowsOf, type StatementCache, whereClause } from "./statements.js";

export interface KeysetQuery<Row = Record<string, unknown>> {
  /** `SELECT … FROM … ` without WHERE/ORDER/LIMIT; selected columns must include the key columns' aliases. */
  select: string;
  /** SQL conditions joined with AND, each with `?` placeholders. */
  where: string[];
  params: unknown[];
  /** Sort key: SQL expressions and the row properties that hold them, most significant first. */
  key: { sql: string; field: string }[];
  /** `GROUP BY` expressions: rows of one key (a meeting a participant had several roles in) are one row. */
  group?: string | undefined;
  descending?: boolean;
  limit: number;
  cursor?: string | undefined;
  /**
   * The cursor scope to use instead of the one derived from the query's shape: a list whose SQL changed without
   * changing its rows or order keeps the scope it had, so cursors already handed out stay valid.
   */
  scope?: string | undefined;
  /** Builds a row from the selected columns' values, in order (`rowsOf`); without it, rows are SQLite's objects. */
  row?: ((values: unknown[]) => Row) | undefined;
}

export interface KeysetPage<Row> {
  rows: Row[];
  next: string | null;
}

/** A sort key column's value as a cursor holds it: keys are text or numbers (NULL sorts as text). */
const keyValue = (value: unknown): string | number =>
  typeof value === "number" ? value : String(value ?? "");

/**
 * Keyset pagination over a statement cache: one prepared statement per query shape, so SQLite parses no
 * query per request, and page 1,000 costs what page 1 costs (no OFFSET).
 */
export function createKeysetPager(prepare: StatementCache) {
  // A cursor names the query shape it was made for; the shapes are few, so their names are computed once.
  const scopes = new Map<string, string>();
  const scopeOf = (q: KeysetQuery) => {
    const shape = `${q.select}|${q.key.map((k) => k.sql).join(",")}|${q.descending ? "desc" : "asc"}`;
    let scope = scopes.get(shape);
    if (scope === undefined) {
      scope = cursorScope(shape);
      scopes.set(shape, scope);
    }
    return scope;
  };
  return function page<Row extends Record<string, unknown>>(q: KeysetQuery<Row>): KeysetPage<Row> {
    const where = [...q.where];
    const params = [...q.params];
    const keySql = `(${q.key.map((k) => k.sql).join(", ")})`;
    const scope = q.scope ?? scopeOf(q);
    if (q.cursor !== undefined) {
      where.push(`${keySql} ${q.descending ? "<" : ">"} (${q.key.map(() => "?").join(", ")})`);
      params.push(...decodeCursor(q.cursor, scope, q.key.length));
    }
    const direction = q.descending ? "DESC" : "ASC";
    const text = `${q.select}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}${
      q.group ? ` GROUP BY ${q.group}` : ""
    } ORDER BY ${q.key.map((k) => `${k.sql} ${direction}`).join(", ")} LIMIT ?`;
    const statement = prepare<Row>(text);
    const rows = q.row
      ? rowsOf(statement, [...params, q.limit + 1], q.row)
      : statement.all(...params, q.limit + 1);
    const hasMore = rows.length > q.limit;
    if (hasMore) rows.length = q.limit;
    const last = rows[rows.length - 1];
    const next =
      hasMore && last
        ? encodeCursor(
            scope,
            q.key.map((k) => keyValue(last[k.field])),
          )
        : null;
    return { rows, next };
  };
}

export type KeysetPager = ReturnType<typeof createKeysetPager>;

/** Every row a paged list query matches, read a page at a time: for feeds and exports of any size. */
export function* everyRow<F, Row>(
  list: (options: F & { limit: number; cursor?: string | undefined }) => KeysetPage<Row>,
  filters: F,
): Generator<Row> {
  let cursor: string | undefined;
  do {
    const { rows, next } = list({ ...filters, limit: 500, cursor });
    yield* rows;
    cursor = next ?? undefined;
  } while (cursor);
}

/**
 * The list, every-row and count queries of one table filtered by SQL conditions: what articles and participants
 * answer with (quotes and meetings add search and sort paths of their own).
 */
export function keysetList<Row extends Record<string, unknown>, F>(
  page: KeysetPager,
  prepare: StatementCache,
  spec: { columns: string; from: string; conditions: (f: F) => Conditions; key: KeysetQuery["key"] },
) {
  const list = (f: F & { limit: number; cursor?: string | undefined }): KeysetPage<Row> =>
    page<Row>({
      select: `SELECT ${spec.columns} FROM ${spec.from}`,
      ...spec.conditions(f),
      key: spec.key,
      limit: f.limit,
      cursor: f.cursor,
    });
  return {
    list,
    all: (f: F) => everyRow(list, f),
    count(f: F): number {
      const c = spec.conditions(f);
      return countUpTo(prepare, `${spec.from}${whereClause(c)}`, c.params);
    },
  };
}
