import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import pkg from "../../../package.json" with { type: "json" };
import { EXTRACTOR_VERSION } from "../../extract/version.js";
import { metaSchema } from "../../schemas/meta.js";

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
