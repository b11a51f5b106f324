import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { problemTypes, sendProblem } from "../../http/problem.js";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * A preHandler for write routes: a read-only server and one without API_TOKEN refuse writes (503); otherwise the
 * request needs `Authorization: Bearer <token>`, compared in constant time (digests of equal length, so neither
 * the content nor the length of the token leaks through timing).
 */
export function requireToken(token: string | undefined, readOnly = false) {
  const expected = token ? digest(token) : null;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (readOnly) {
      return sendProblem(request, reply, {
        type: problemTypes.readOnly,
        title: "Service Unavailable",
        status: 503,
        detail: "this server is a read-only replica (READ_ONLY=1): send writes to the writer",
      });
    }
    if (!expected) {
      return sendProblem(request, reply, {
        type: problemTypes.writesDisabled,
        title: "Service Unavailable",
        status: 503,
        detail: "writes are disabled: the server was started without API_TOKEN",
      });
    }
    const header = request.headers.authorization ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      reply.header("www-authenticate", 'Bearer realm="timeline"');
      return sendProblem(request, reply, {
        type: problemTypes.unauthorized,
        title: "Unauthorized",
        status: 401,
        detail: header ? "the bearer token is not valid" : "this route needs an Authorization: Bearer token",
      });
    }
  };
}
