import fastJson from "fast-json-stringify";
import { z } from "zod";

/**
 * Responses are written by fast-json-stringify from JSON Schemas derived once from the zod schemas, instead of
 * zod checking every response at run time: the zod schema stays the single source, the hot path stays compiled.
 */
export function zodResponseSerializerCompiler({ schema }: { schema: unknown }): (data: unknown) => string {
  if (!(schema instanceof z.ZodType)) return fastJson(schema as Parameters<typeof fastJson>[0]);
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "any" });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
}
