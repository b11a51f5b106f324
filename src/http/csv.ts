import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { FastifyReply } from "fastify";

export type CsvColumn<Row> = { header: string; value: (row: Row) => string | number | null };

/** Joins a list cell's values: CSV has no arrays. */
export const joinValues = (values: readonly string[]): string => values.join("; ");

/**
 * Streams rows as RFC 4180 CSV (CRLF line ends, quoted where needed, a header row) without holding the whole
 * result in memory: rows are pulled from the iterable as the client reads.
 */
export function sendCsv<Row>(
  reply: FastifyReply,
  filename: string,
  columns: readonly CsvColumn<Row>[],
  rows: Iterable<Row>,
): FastifyReply {
  const records = Readable.from(
    (function* () {
      for (const row of rows) yield columns.map((c) => c.value(row) ?? "");
    })(),
  );
  const csv = stringify({ header: true, columns: columns.map((c) => c.header), record_delimiter: "\r\n" });
  return reply
    .type("text/csv; charset=utf-8; header=present")
    .header("content-disposition", `inline; filename="${filename}"`)
    .send(records.pipe(csv));
}
