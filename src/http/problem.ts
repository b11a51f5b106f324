import type { FastifyReply, FastifyRequest } from "fastify";
import type { Problem } from "../schemas/problem.js";

/** Problem type URIs (RFC 9457 §3.1.1), relative to the API's base URL and described in the OpenAPI document. */
export const problemTypes = {
  validation: "/problems/validation-error",
  invalidCursor: "/problems/invalid-cursor",
  unauthorized: "/problems/unauthorized",
  notFound: "/problems/not-found",
  withdrawn: "/problems/withdrawn",
  notAnArticle: "/problems/not-an-article",
  invalidText: "/problems/invalid-text",
  unsupportedCharset: "/problems/unsupported-charset",
  writesDisabled: "/problems/writes-disabled",
  readOnly: "/problems/read-only",
  http: "about:blank",
} as const;

/** Each problem type the API defines and its status, for the OpenAPI description. */
export const problemTypeStatus: Record<Exclude<keyof typeof problemTypes, "http">, number> = {
  validation: 400,
  invalidCursor: 400,
  unauthorized: 401,
  notFound: 404,
  withdrawn: 410,
  notAnArticle: 422,
  invalidText: 422,
  unsupportedCharset: 415,
  writesDisabled: 503,
  readOnly: 503,
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: Omit<Problem, "instance" | "requestId">,
): FastifyReply {
  const body: Problem = { ...problem, instance: request.url, requestId: String(request.id) };
  return reply.code(problem.status).type("application/problem+json; charset=utf-8").send(body);
}

/** An error that leaves as exactly this problem (thrown where a reply is out of reach, e.g. a body parser). */
export class ProblemError extends Error {
  override name = "ProblemError";
  constructor(readonly problem: Omit<Problem, "instance" | "requestId">) {
    super(problem.detail ?? problem.title);
  }
}
