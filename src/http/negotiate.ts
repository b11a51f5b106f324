import type { FastifyRequest } from "fastify";

export type Representation = "json" | "csv" | "jsonld";

const mediaTypes: Record<string, Representation> = {
  "application/json": "json",
  "text/csv": "csv",
  "application/ld+json": "jsonld",
};

/**
 * Picks the representation of a resource: `?format=` wins (browsers cannot set Accept on a link), then the
 * Accept header, then JSON.
 */
export function representation(
  request: FastifyRequest,
  offered: readonly Representation[],
  format?: string | undefined,
): Representation {
  if (format && (offered as readonly string[]).includes(format)) return format as Representation;
  const types = Object.entries(mediaTypes)
    .filter(([, r]) => offered.includes(r))
    .map(([type]) => type);
  const chosen = request.accepts().type(types);
  return typeof chosen === "string" ? (mediaTypes[chosen] ?? "json") : "json";
}
