import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { CsvColumn } from "../../http/csv.js";
import { answerList } from "../../http/list.js";
import { type Article, articleDetailSchema, articleSchema } from "../../schemas/article.js";
import { articleExample, pageExample } from "../../schemas/examples.js";
import { csvBody, listParams } from "../../schemas/list-params.js";
import { idParams, pageSchema } from "../../schemas/page.js";
import { problemResponses } from "../../schemas/problem.js";
import { searchParam } from "../../schemas/query.js";
import { notFound } from "../not-found.js";

const articleListQuery = z.object({
  q: searchParam.describe("Full-text search over titles and texts.").meta({ examples: ["Geneva"] }),
  ...listParams,
});
const articleListResponse = z
  .object({ data: z.array(articleSchema), page: pageSchema })
  .meta({ id: "ArticleList", examples: [{ data: [articleExample], page: pageExample }] });
const articleCsvColumns: CsvColumn<Article>[] = [
  { header: "id", value: (a) => a.id },
  { header: "date", value: (a) => a.date },
  { header: "title", value: (a) => a.title },
  { header: "sha256", value: (a) => a.sha256 },
  { header: "source", value: (a) => a.source },
  { header: "extractor_version", value: (a) => a.extractorVersion },
  { header: "loaded_at", value: (a) => a.loadedAt },
];

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
        response: {
          200: {
            description: "A page of articles.",
            content: { "application/json": { schema: articleListResponse }, "text/csv": { schema: csvBody } },
          },
          400: problemResponses[400],
        },
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
