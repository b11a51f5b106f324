import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { timelineTables } from "../../db/tables.js";
import { problemResponses } from "../../schemas/problem.js";

const files = [...timelineTables.map((t) => `${t}.ndjson` as const), "timeline.db"] as const;

const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const sqlite = app.db.$client;
  // Batches by rowid rather than one open iterator: an iterator would hold the connection for the whole
  // download and every other request would fail with "connection is busy".
  const batches = Object.fromEntries(
    timelineTables.map((t) => [
      t,
      sqlite.prepare(`SELECT rowid AS _rowid, * FROM ${t} WHERE rowid > ? ORDER BY rowid LIMIT 1000`),
    ]),
  );

  app.get(
    "/export/:file",
    {
      schema: {
        operationId: "exportDataset",
        tags: ["dataset"],
        summary: "Download the whole dataset",
        description:
          "Bulk export for researchers: each table as NDJSON (one JSON object per line, columns as in the " +
          "database), or `timeline.db`, a consistent snapshot of the whole SQLite database.",
        params: z.object({ file: z.enum(files).describe("`TABLE.ndjson` or `timeline.db`.") }),
        response: {
          200: {
            description: "The file.",
            content: {
              "application/x-ndjson": {
                schema: z.string().meta({
                  description: "Newline-delimited JSON.",
                  examples: ['{"id":"2022-01-10-geneva","title":"Russia–United States talks in Geneva"}\n'],
                }),
              },
              "application/vnd.sqlite3": {
                schema: z
                  .string()
                  .meta({ description: "A SQLite database file.", examples: ["SQLite format 3…"] }),
              },
            },
          },
          400: problemResponses[400],
        },
      },
    },
    async (request, typedReply) => {
      // Files are streamed as they are: no response serializer applies.
      const reply = typedReply as unknown as FastifyReply;
      const { file } = request.params;
      reply.header("content-disposition", `attachment; filename="${file}"`);
      if (file === "timeline.db") {
        // The backup API copies a consistent snapshot even while other connections write.
        const dir = await mkdtemp(join(tmpdir(), "timeline-export-"));
        const path = join(dir, "timeline.db");
        await sqlite.backup(path);
        const stream = createReadStream(path);
        stream.on("close", () => void rm(dir, { recursive: true, force: true }));
        return reply.type("application/vnd.sqlite3").send(stream);
      }
      const batch = batches[file.replace(/\.ndjson$/, "")];
      const lines = Readable.from(
        (function* () {
          let after = 0;
          while (batch) {
            const rows = batch.all(after) as { _rowid: number }[];
            if (rows.length === 0) return;
            after = rows[rows.length - 1]?._rowid ?? after;
            yield rows.map(({ _rowid, ...row }) => `${JSON.stringify(row)}\n`).join("");
          }
        })(),
      );
      return reply.type("application/x-ndjson; charset=utf-8").send(lines);
    },
  );
};

export default exportRoutes;
