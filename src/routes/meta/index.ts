import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import pkg from "../../../package.json" with { type: "json" };
import { EXTRACTOR_VERSION } from "../../extract/version.js";

const metaSchema = z
  .object({
    dataVersion: z.number().int().describe("Bumped by every write; ETags follow it."),
    lastLoadAt: z.string().nullable().describe("When an article was last loaded (ISO 8601)."),
    counts: z.object({
      articles: z.number().int(),
      meetings: z.number().int(),
      participants: z.number().int(),
      quotes: z.number().int(),
    }),
    apiVersion: z.string(),
    extractorVersion: z.string(),
    licence: z.object({ code: z.string(), data: z.string() }),
    sources: z.string(),
  })
  .meta({
    id: "Meta",
    examples: [
      {
        dataVersion: 1,
        lastLoadAt: "2026-11-28T03:00:00.000Z",
        counts: { articles: 1, meetings: 3, participants: 5, quotes: 7 },
        apiVersion: "0.1.0",
        extractorVersion: "1.2.0",
        licence: { code: "MIT", data: "…" },
        sources: "…",
      },
    ],
  });

const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { meta } = app.repositories;
  app.get(
    "/meta",
    {
      schema: {
        operationId: "getMeta",
        tags: ["dataset"],
        summary: "About the dataset",
        description: "Dataset version, counts, last load time, versions, licence and notes on the sources.",
        response: { 200: metaSchema },
      },
    },
    async () => ({
      dataVersion: meta.dataVersion(),
      lastLoadAt: meta.lastLoadAt(),
      counts: meta.counts(),
      apiVersion: pkg.version,
      extractorVersion: EXTRACTOR_VERSION,
      licence: {
        code: pkg.license,
        data: "Facts extracted from the loaded articles; the article texts remain their publishers'. Cite the source articles (GET /articles/{id}) with any fact.",
      },
      sources:
        "Every meeting, participant and quote was extracted automatically from news articles and carries character offsets into its article; editorial corrections are listed with each meeting.",
    }),
  );
};

export default metaRoutes;
