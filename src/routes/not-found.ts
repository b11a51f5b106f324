import type { FastifyReply, FastifyRequest } from "fastify";
import { problemTypes, sendProblem } from "../http/problem.js";

/** The 404 problem for an id that names nothing. */
export function notFound(request: FastifyRequest, reply: FastifyReply, what: string): FastifyReply {
  const { id } = request.params as { id: string };
  return sendProblem(request, reply, {
    type: problemTypes.notFound,
    title: "Not Found",
    status: 404,
    detail: `No ${what} with id "${id}"; the ids are listed by GET /${what}s`,
  });
}
