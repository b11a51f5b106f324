import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { healthSchema } from "../../schemas/health.js";

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/healthz",
    {
      schema: {
        operationId: "getHealth",
        tags: ["health"],
        summary: "Health check",
        description: "Answers 200 when the service can read its database.",
        response: { 200: healthSchema },
      },
    },
    async () => ({ status: "ok" as const, articles: app.repositories.meta.articleCount() }),
  );
};

export default healthRoutes;
