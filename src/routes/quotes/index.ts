import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { answerList } from "../../http/list.js";
import { quoteExample } from "../../schemas/examples.js";
import { jsonOrCsvList } from "../../schemas/list-params.js";
import { idParams } from "../../schemas/page.js";
import { problemResponses } from "../../schemas/problem.js";
import { quoteDetailSchema, quoteListQuery, quoteListResponse } from "../../schemas/quote.js";
import { notFound } from "../not-found.js";
import { quoteCsvColumns } from "./csv.js";

const quoteRoutes: FastifyPluginAsyncZod = async (app) => {
  const quotes = app.repositories.quotes;
  app.get(
    "/quotes",
    {
      schema: {
        operationId: "listQuotes",
        tags: ["quotes"],
        summary: "List quotes",
        description:
          "Quotes by date (then id); a quote's date is its meeting's, else its article's. `Accept: text/csv` " +
          "(or `format=csv`) streams every match as CSV.",
        querystring: quoteListQuery,
        response: jsonOrCsvList("A page of quotes.", quoteListResponse),
      },
    },
    async (request, reply) =>
      answerList(request, reply, request.query, quotes, { filename: "quotes.csv", columns: quoteCsvColumns }),
  );

  app.get(
    "/quotes/:id",
    {
      schema: {
        operationId: "getQuote",
        tags: ["quotes"],
        summary: "Get a quote",
        description: "One quote with its speaker, meeting and the offsets of its words in the article.",
        params: idParams(quoteExample.id),
        response: { 200: quoteDetailSchema, 404: problemResponses[404] },
      },
    },
    async (request, reply) => quotes.get(request.params.id) ?? notFound(request, reply, "quote"),
  );
};

export default quoteRoutes;
