import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { baseUrl } from "../../http/base-url.js";
import { problemTypeStatus, problemTypes } from "../../http/problem.js";
import { ingestExamples } from "../../schemas/examples.js";
import { problemExampleNames, problemExamples } from "../../schemas/problem-examples.js";

const description = `A timeline of diplomatic talks — meetings, the people and parties in them, and what was said —
extracted from news articles. Every fact carries evidence: character offsets into the article it was read from.

**Lists** answer \`{ data, page: { limit, next } }\`, ordered by date then id. Pass \`page.next\` back as
\`cursor\` for the next page.

**Errors** are RFC 9457 problem details (\`application/problem+json\`) with \`type\`, \`title\`, \`status\`,
\`detail\` and, for invalid parameters, \`errors[]\` naming each failing parameter. Problem types:
${Object.entries(problemTypeStatus)
  .map(([name, status]) => `\`${problemTypes[name as keyof typeof problemTypeStatus]}\` (${status})`)
  .join(", ")}; other HTTP errors are \`about:blank\`.`;

type OpenApiDocument = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * The zod registry yields an input and an output variant of every named schema; only those the paths reach
 * (directly or through other schemas) belong in the document. They are listed by name: the registry's order is
 * the order modules happen to load in, which moving a schema would otherwise reshuffle (and the client types with
 * it).
 */
function withoutUnusedSchemas(transformed: OpenApiDocument): OpenApiDocument {
  const document = transformed as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string" && child.startsWith("#/components/schemas/")) {
        const name = child.slice("#/components/schemas/".length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(child);
    }
  };
  visit(document.paths);
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => used.has(name))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { ...transformed, components: { ...document.components, schemas: kept } } as OpenApiDocument;
}

type Transform = typeof jsonSchemaTransform;

interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  responses?: Record<string, { content?: Record<string, Record<string, unknown>> }>;
}

/** Examples of success responses that differ by status although their schema is one. */
const responseExamples: Record<string, Record<string, unknown>> = {
  "addArticle 200": ingestExamples.present,
  "addArticle 201": ingestExamples.created,
};

/**
 * Error responses are documented as what they are, `application/problem+json`, each with the examples of what
 * this operation really answers with that status (see src/schemas/problem-examples.ts); success responses whose
 * example depends on the status get theirs.
 */
function withExamples(transformed: OpenApiDocument): OpenApiDocument {
  const paths = (transformed as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const query = (operation.parameters ?? []).filter((p) => p.in === "query");
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.["application/json"];
        const example = responseExamples[`${operation.operationId} ${status}`];
        if (json && example) json.example = example;
        if (Number(status) < 400 || !json) continue;
        const names = problemExampleNames(Number(status), {
          method,
          takesQuery: query.length > 0,
          takesCursor: query.some((p) => p.name === "cursor"),
          isPost: method === "post",
        });
        response.content = {
          "application/problem+json": {
            schema: json.schema,
            examples: Object.fromEntries(
              names.map((name) => [
                name,
                { summary: problemExamples[name].title, value: problemExamples[name] },
              ]),
            ),
          },
        };
      }
    }
  }
  return transformed;
}

/**
 * fastify-type-provider-zod converts a body given as one zod schema; a body with a schema per media type
 * (`body: { content: { "application/json": { schema }, "text/plain": { schema } } }`, which Fastify validates per
 * Content-Type) is converted one media type at a time.
 */
const withBodyPerMediaType: Transform = (route) => {
  const body = route.schema?.body as { content?: Record<string, { schema: unknown }> } | undefined;
  if (!body?.content) return jsonSchemaTransform(route);
  const { body: _, ...rest } = route.schema as Record<string, unknown>;
  const transformed = jsonSchemaTransform({ ...route, schema: rest } as Parameters<Transform>[0]);
  const content = Object.fromEntries(
    Object.entries(body.content).map(([type, { schema }]) => [
      type,
      {
        schema: jsonSchemaTransform({ ...route, schema: { body: schema } } as Parameters<Transform>[0]).schema
          .body,
      },
    ]),
  );
  return { ...transformed, schema: { ...transformed.schema, body: { content } } };
};

/**
 * The document as served: its server is the origin the client reached, from the Host header, or from
 * X-Forwarded-Proto and X-Forwarded-Host when the app trusts its proxy (the `trustProxy` option).
 */
function withServer<T>(document: T, request: FastifyRequest): T {
  return { ...document, servers: [{ url: baseUrl(request), description: "This server" }] };
}

/** OpenAPI 3.1 from the routes' zod schemas, served at /openapi.json, with Swagger UI at /docs. */
export async function registerSwagger(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Diplomatic Talks Timeline API",
        version,
        description,
        license: { name: "MIT", url: "https://opensource.org/licenses/MIT" },
        contact: { name: "Diplomatic Talks Timeline maintainers" },
      },
      components: {
        securitySchemes: {
          bearerAuth: {
            type: "http",
            scheme: "bearer",
            description: "The server's API_TOKEN; write routes only.",
          },
        },
      },
      // Relative: "Try it out" calls the server the document was read from, on any host and port. The served
      // copies name that server absolutely (see withServer).
      servers: [{ url: "/", description: "The server this document is served from" }],
      tags: [
        { name: "meetings", description: "Meetings: when, where, who, and their sources." },
        { name: "participants", description: "People, states and organisations taking part in talks." },
        { name: "quotes", description: "What was said, by whom, about which meeting." },
        { name: "articles", description: "The articles the timeline was read from." },
        { name: "feeds", description: "The timeline as a calendar feed and as a TimelineJS document." },
        { name: "dataset", description: "About the dataset, and the whole of it in one download." },
        { name: "health", description: "Service health." },
      ],
    },
    transform: withBodyPerMediaType,
    transformObject: (document) => withExamples(withoutUnusedSchemas(jsonSchemaTransformObject(document))),
  });
  await app.register(swaggerUi, {
    routePrefix: "/docs",
    transformSpecification: (document, request) => withServer(document, request),
  });
  app.get("/openapi.json", { schema: { hide: true } }, async (request) => withServer(app.swagger(), request));
}
