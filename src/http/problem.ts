import type { FastifyReply, FastifyRequest } from "fastify";
import type { Problem } from "../schemas/problem.js";

/** Problem type URIs (RFC 9457 §3.1.1), relative to the API's base URL and described in the OpenAPI document. */
export const problemTypes = {
  validation: "/problems/validation-error",
  notFound: "/problems/not-found",
  invalidCursor: "/problems/invalid-cursor",
  http: "about:blank",
} as const;

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: Omit<Problem, "instance" | "requestId">,
): FastifyReply {
  const body: Problem = { ...problem, instance: request.url, requestId: String(request.id) };
  return reply.code(problem.status).type("application/problem+json; charset=utf-8").send(body);
}
