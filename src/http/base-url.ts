import type { FastifyRequest } from "fastify";

/** The API's own origin as the client reached it, for absolute links in feeds and JSON-LD. */
export const baseUrl = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;
