import fastJson from "fast-json-stringify";
import { serializerCompiler as zodCheckingSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

/**
 * `compiled` (the default) or `zod`: what fastify-type-provider-zod does out of the box (parse every response with
 * zod, then JSON.stringify). Mutable so a benchmark can measure the difference before the app is built.
 */
export const serializerSettings: { mode: "compiled" | "zod" } = { mode: "compiled" };

/**
 * Responses are written by fast-json-stringify from JSON Schemas derived once from the zod schemas, instead of
 * zod checking every response at run time: the zod schema stays the single source, the hot path stays compiled.
 */
export function zodResponseSerializerCompiler(route: {
  schema: unknown;
  method: string;
  url: string;
}): (data: unknown) => string {
  const { schema } = route;
  if (!(schema instanceof z.ZodType)) return fastJson(schema as Parameters<typeof fastJson>[0]);
  if (serializerSettings.mode === "zod") {
    return zodCheckingSerializerCompiler(route as Parameters<typeof zodCheckingSerializerCompiler>[0]);
  }
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "any" });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
}
