import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { setPageHeaders } from "../../http/list.js";
import { cursorParam, limitParam, pageSchema } from "../../schemas/page.js";
import { problemResponses } from "../../schemas/problem.js";

const changeSchema = z
  .object({
    version: z.number().int().describe("The data version the change belongs to."),
    entity: z.enum(["article", "meeting", "participant", "quote"]),
    id: z.string(),
    action: z.enum(["created", "updated", "merged", "deleted"]),
    replacedBy: z.string().nullable().describe("For `merged`: the id of the record that absorbed this one."),
    at: z.string().describe("When the change was made (ISO 8601)."),
  })
  .meta({
    id: "Change",
    examples: [
      {
        version: 2,
        entity: "meeting",
        id: "2022-01-12-brussels",
        action: "updated",
        replacedBy: null,
        at: "2026-11-28T04:00:00.000Z",
      },
    ],
  });

const changeList = z
  .object({
    data: z.array(changeSchema),
    page: pageSchema,
    version: z.number().int().describe("The current data version: pass it as `since` next time."),
  })
  .meta({ id: "ChangeList", examples: [{ data: [], page: { limit: 100, next: null }, version: 2 }] });

const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { changes, meta } = app.repositories;
  app.get(
    "/changes",
    {
      schema: {
        operationId: "listChanges",
        tags: ["dataset"],
        summary: "What changed since a data version",
        description:
          "For clients that keep a copy: every record created, updated, merged (with `replacedBy`) or deleted " +
          "after data version `since`, oldest first. Start with `since=0`, then pass the answer's `version`.",
        querystring: z.object({
          since: z.coerce
            .number()
            .int()
            .min(0)
            .default(0)
            .describe("A data version (see `/meta`).")
            .meta({ examples: [1] }),
          limit: limitParam,
          cursor: cursorParam,
        }),
        response: { 200: changeList, 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const version = meta.dataVersion();
      const { rows, next } = changes.list(request.query);
      setPageHeaders(request, reply, next, undefined);
      return { data: rows, page: { limit: request.query.limit, next }, version };
    },
  );
};

export default changeRoutes;
