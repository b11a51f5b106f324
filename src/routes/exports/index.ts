import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import Database from "better-sqlite3";
import type { FastifyTypeProviderDefault } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type ExportParams, exportParams, ndjsonBody, sqliteBody } from "../../schemas/export.js";
import { problemResponses } from "../../schemas/problem.js";
import { createSnapshots } from "./snapshots.js";

export interface ExportOptions {
  /** Where the per-version snapshots live; default: a temporary folder removed when the app closes. */
  snapshotFolder?: string | undefined;
}

/** A strong ETag per data version: the same dataset is the same bytes to a client, whichever copy it came from. */
const etagOf = (version: number) => `"timeline-v${version}"`;

/**
 * Columns the database derives from other tables (kept by triggers, migrations 0011, 0015 and 0016): not data of
 * their own, so an export lists a table's columns as it always did.
 */
const derivedColumns: Record<string, readonly string[]> = {
  meetings: ["organization_names", "party_names", "source_count", "source_articles"],
  meeting_participants: ["meeting_date"],
};

/** The rows of one table of a snapshot as NDJSON, read in one transaction of a connection of its own. */
function ndjson(path: string, table: string): Readable {
  return Readable.from(
    (function* () {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        let lines = "";
        const derived = derivedColumns[table] ?? [];
        const columns = (db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(table) as string[])
          .filter((column) => !derived.includes(column))
          .map((column) => `"${column}"`)
          .join(", ");
        for (const row of db.prepare(`SELECT ${columns} FROM ${table} ORDER BY rowid`).iterate()) {
          lines += `${JSON.stringify(row)}\n`;
          if (lines.length >= 64 * 1024) {
            yield lines;
            lines = "";
          }
        }
        if (lines) yield lines;
      } finally {
        db.close();
      }
    })(),
  );
}

const exportRoutes: FastifyPluginAsyncZod<ExportOptions> = async (app, options) => {
  const snapshots = createSnapshots(
    app.db.$client,
    app.repositories.meta.dataVersion,
    options.snapshotFolder,
  );
  app.addHook("onClose", () => snapshots.close());

  // Files are streamed as they are, not serialized from a response schema: the route is typed by its params
  // alone (the default type provider), not by the zod response schemas that document the files.
  app.withTypeProvider<FastifyTypeProviderDefault>().get<{ Params: ExportParams }>(
    "/export/:file",
    {
      schema: {
        operationId: "exportDataset",
        tags: ["dataset"],
        summary: "Download the whole dataset",
        description:
          "Bulk export for researchers: each table as NDJSON (one JSON object per line, columns as in the " +
          "database), or `timeline.db`, a consistent snapshot of the whole SQLite database. Every file of one " +
          "data version is read from the same snapshot, and its ETag is that version: `If-None-Match` answers " +
          "304 while the dataset is unchanged.",
        params: exportParams,
        response: {
          200: {
            description: "The file.",
            content: {
              "application/x-ndjson": { schema: ndjsonBody },
              "application/vnd.sqlite3": { schema: sqliteBody },
            },
          },
          400: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const { file } = request.params;
      const etag = etagOf(app.repositories.meta.dataVersion());
      const ifNoneMatch = request.headers["if-none-match"];
      if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
        return reply.header("etag", etag).code(304).send();
      }
      const snapshot = await snapshots.current();
      reply.header("etag", etagOf(snapshot.version));
      reply.header("content-disposition", `attachment; filename="${file}"`);
      if (file === "timeline.db") {
        reply.header("content-length", snapshot.size);
        return reply.type("application/vnd.sqlite3").send(createReadStream(snapshot.path));
      }
      const lines = ndjson(snapshot.path, file.replace(/\.ndjson$/, ""));
      return reply.type("application/x-ndjson; charset=utf-8").send(lines);
    },
  );
};

export default exportRoutes;
