import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { problemTypes, sendProblem } from "../../http/problem.js";
import { deleteArticle } from "../../ingest/remove.js";
import {
  articleDeletedResponse,
  articleTextBody,
  ingestResultSchema,
  type NewArticle,
  newArticleSchema,
} from "../../schemas/article.js";
import { idParams } from "../../schemas/page.js";
import { problemResponses, writeProblems } from "../../schemas/problem.js";
import { hasHeaderLine, missingBody } from "../../text/article.js";
import { notFound } from "../not-found.js";
import type { WriteRouteOptions } from "../write-options.js";

const articleWriteRoutes: FastifyPluginAsyncZod<WriteRouteOptions> = async (app, options) => {
  app.post(
    "/articles",
    {
      preParsing: options.requireToken,
      config: { rateLimit: options.rateLimit },
      schema: {
        operationId: "addArticle",
        tags: ["articles"],
        summary: "Add an article",
        description:
          "Runs the extractor and stores the article with its meetings, participants and quotes in one " +
          "transaction, merging what other articles already reported. Send JSON `{ text, date?, title?, source? }` " +
          "or the text itself as `text/plain`. The same text again answers 200 with the existing article and adds " +
          "nothing. Needs `Authorization: Bearer <API_TOKEN>`.",
        security: [{ bearerAuth: [] }],
        // One schema per media type, so a JSON body is checked as an object (naming a missing `text`), and the
        // document shows both.
        body: {
          content: {
            "application/json": { schema: newArticleSchema },
            "text/plain": { schema: articleTextBody },
          },
        },
        response: {
          200: ingestResultSchema.describe("The text was already loaded; nothing was added."),
          201: ingestResultSchema.describe("The article and what was found in it were added."),
          ...writeProblems,
          413: problemResponses[413],
          415: problemResponses[415],
          422: problemResponses[422],
        },
      },
    },
    async (request, reply) => {
      const body = (typeof request.body === "string" ? { text: request.body } : request.body) as NewArticle;
      const { date, title, source } = body;
      // A text without its first line can still be an article when the client gives the date beside it.
      const text =
        !hasHeaderLine(body.text) && date
          ? `${` date ${date} ${title ?? ""}`.trimEnd()}\n\n${body.text}`
          : body.text;
      const missing = missingBody(text);
      if (missing) {
        return sendProblem(request, reply, {
          type: problemTypes.notAnArticle,
          title: "Unprocessable Content",
          status: 422,
          detail: missing,
          errors: [{ in: "body", name: "text", detail: missing }],
        });
      }
      // Loaded on the first write, not at start: the extractor behind it (gazetteer, NLP model) costs ~66 MB
      // resident that a read-only server never uses. The ingest itself stays one synchronous transaction.
      const { ingestArticle } = await import("../../ingest/store.js");
      // Not an article: ArticleFormatError, answered 422 by the central error handler.
      const result = ingestArticle(app.db, text, { source: source ?? null });
      if (result.created) reply.code(201).header("location", `/articles/${result.articleId}`);
      return result;
    },
  );

  app.delete(
    "/articles/:id",
    {
      preParsing: options.requireToken,
      config: { rateLimit: options.rateLimit },
      schema: {
        operationId: "deleteArticle",
        tags: ["articles"],
        summary: "Delete an article",
        description:
          "Removes the article and everything only it supported; facts merged from several articles are " +
          "recomputed from the others. Needs `Authorization: Bearer <API_TOKEN>`.",
        security: [{ bearerAuth: [] }],
        params: idParams("2022-01-14-0a1b2c3d4e"),
        response: { 204: articleDeletedResponse, ...writeProblems, 404: problemResponses[404] },
      },
    },
    async (request, reply) =>
      deleteArticle(app.db, request.params.id) ? reply.code(204).send() : notFound(request, reply, "article"),
  );
};

export default articleWriteRoutes;
