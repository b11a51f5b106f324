import fastJson from "fast-json-stringify";
import { serializerCompiler as zodCheckingSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

/**
 * `compiled` (the default): fast-json-stringify. `zod`: what fastify-type-provider-zod does out of the box (parse
 * every response with zod, then JSON.stringify), kept so a benchmark can measure the difference.
 */
export type SerializerMode = "compiled" | "zod";

type RouteSchema = { schema: unknown; method: string; url: string };

/**
 * Responses are written by fast-json-stringify from JSON Schemas derived once from the zod schemas, instead of
 * zod checking every response at run time: the zod schema stays the single source, the hot path stays compiled.
 */
export function responseSerializerCompiler(
  mode: SerializerMode = "compiled",
): (route: RouteSchema) => (data: unknown) => string {
  return (route) => {
    const { schema } = route;
    if (!(schema instanceof z.ZodType)) return fastJson(schema as Parameters<typeof fastJson>[0]);
    if (mode === "zod") {
      return zodCheckingSerializerCompiler(route as Parameters<typeof zodCheckingSerializerCompiler>[0]);
    }
    const jsonSchema = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "any" });
    return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
  };
}
