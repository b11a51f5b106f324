import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { setPageHeaders } from "../../http/list.js";
import { changeListQuery, changeListResponse } from "../../schemas/change.js";
import { problemResponses } from "../../schemas/problem.js";

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
          "For clients that keep a copy: every record created, updated, merged (with `replacedBy`), withdrawn or deleted " +
          "after data version `since`, oldest first. Start with `since=0`, then pass the answer's `version`.",
        querystring: changeListQuery,
        response: { 200: changeListResponse, 400: problemResponses[400] },
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
