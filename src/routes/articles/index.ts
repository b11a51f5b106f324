import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { answerList } from "../../http/list.js";
import { articleDetailSchema, articleListQuery, articleListResponse } from "../../schemas/article.js";
import { articleExample } from "../../schemas/examples.js";
import { jsonOrCsvList } from "../../schemas/list-params.js";
import { idParams } from "../../schemas/page.js";
import { problemResponses } from "../../schemas/problem.js";
import { notFound } from "../not-found.js";
import { articleCsvColumns } from "./csv.js";

const articleRoutes: FastifyPluginAsyncZod = async (app) => {
  const articles = app.repositories.articles;
  app.get(
    "/articles",
    {
      schema: {
        operationId: "listArticles",
        tags: ["articles"],
        summary: "List articles",
        description: "The loaded articles by date (then id), without their text. `Accept: text/csv` for CSV.",
        querystring: articleListQuery,
        response: jsonOrCsvList("A page of articles.", articleListResponse),
      },
    },
    async (request, reply) =>
      answerList(request, reply, request.query, articles, {
        filename: "articles.csv",
        columns: articleCsvColumns,
      }),
  );

  app.get(
    "/articles/:id",
    {
      schema: {
        operationId: "getArticle",
        tags: ["articles"],
        summary: "Get an article",
        description:
          "The article's text exactly as loaded, with the spans of the meetings and quotes read from it.",
        params: idParams(articleExample.id),
        response: { 200: articleDetailSchema, 404: problemResponses[404] },
      },
    },
    async (request, reply) => articles.get(request.params.id) ?? notFound(request, reply, "article"),
  );
};

export default articleRoutes;
