import type { FastifyReply, FastifyRequest } from "fastify";
import { countLimit } from "../db/queries/statements.js";
import { cachedTotal } from "./count-cache.js";
import { type CsvColumn, sendCsv } from "./csv.js";
import { representation } from "./negotiate.js";

/** The request's own URL with another cursor: the `next` link of a page. */
export function pageUrl(request: FastifyRequest, cursor: string): string {
  const url = new URL(request.url, "http://placeholder");
  url.searchParams.set("cursor", cursor);
  return `${url.pathname}${url.search}`;
}

/**
 * Link (RFC 8288) and X-Total-Count headers of a list page; browsers see them through CORS expose-headers. A total
 * that is only a lower bound (see `pageTotal`) is not sent as X-Total-Count, which means an exact count.
 */
export function setPageHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  next: string | null,
  total: number | undefined,
  bound = countLimit,
): void {
  if (next) reply.header("link", `<${pageUrl(request, next)}>; rel="next"`);
  if (total !== undefined && total <= bound) reply.header("x-total-count", String(total));
}

/**
 * The total of a list page: none when the client asked for none; the page's own length when it is the first page
 * and holds every match (no next page), as counting would only read the same rows again; else the repository's
 * count, once per data version (`cachedTotal`).
 */
export function listTotal(
  request: FastifyRequest,
  query: { count: boolean | "exact"; cursor?: string | undefined },
  page: { rows: readonly unknown[]; next: string | null },
  count: () => number,
): number | undefined {
  if (!query.count) return undefined;
  if (query.cursor === undefined && page.next === null) return page.rows.length;
  return cachedTotal(request, count);
}

/** `page.total` of a repository's count: exact up to `bound`, else `bound` flagged as a lower bound. */
export function pageTotal(
  total: number | undefined,
  bound = countLimit,
): { total?: number; totalRelation?: "gte" } {
  if (total === undefined) return {};
  return total > bound ? { total: bound, totalRelation: "gte" } : { total };
}

interface PagedRepository<F, Row> {
  list(options: F & { limit: number; cursor?: string | undefined }): { rows: Row[]; next: string | null };
  count(filters: F): number;
  /** Where `count` stops being exact for these filters, when not `countLimit`. */
  countBound?(filters: F): number;
  all(filters: F): Iterable<Row>;
}

interface ListQuery {
  limit: number;
  cursor?: string | undefined;
  count: boolean | "exact";
  format?: "json" | "csv" | undefined;
}

/**
 * The common answer of a list route: a JSON page with its Link and X-Total-Count headers, or, on
 * `Accept: text/csv` / `format=csv`, every matching row streamed as CSV.
 */
export function answerList<F extends object, Row>(
  request: FastifyRequest,
  reply: FastifyReply,
  query: F & ListQuery,
  repository: PagedRepository<F, Row>,
  csv: { filename: string; columns: readonly CsvColumn<Row>[] },
) {
  if (representation(request, ["json", "csv"], query.format) === "csv") {
    return sendCsv(reply, csv.filename, csv.columns, repository.all(query));
  }
  const { rows, next } = repository.list(query);
  const total = listTotal(request, query, { rows, next }, () => repository.count(query));
  const bound = repository.countBound?.(query) ?? countLimit;
  setPageHeaders(request, reply, next, total, bound);
  return { data: rows, page: { limit: query.limit, next, ...pageTotal(total, bound) } };
}
