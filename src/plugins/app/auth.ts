import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest, preParsingHookHandler } from "fastify";
import { problemTypes, sendProblem } from "../../http/problem.js";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * The token check of write routes: a read-only server and one without API_TOKEN refuse writes (503); otherwise
 * the request needs `Authorization: Bearer <token>`, compared in constant time (digests of equal length, so
 * neither the content nor the length of the token leaks through timing).
 *
 * It runs as a preParsing hook: after the rate limiter (onRequest), so guesses are throttled, and before the body
 * is parsed and validated, so a client without the token learns nothing of the body's schema (401, never 400).
 */
export function requireToken(token: string | undefined, readOnly = false): preParsingHookHandler {
  const expected = token ? digest(token) : null;
  const refusal = (request: FastifyRequest, reply: FastifyReply): FastifyReply | null => {
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
        detail:
          "writes are disabled: the server was started without API_TOKEN; start it with API_TOKEN=… to allow writes",
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
        detail: header
          ? "the bearer token is not valid; send the server's API_TOKEN as Authorization: Bearer <token>"
          : "this route needs a token; send the server's API_TOKEN as Authorization: Bearer <token>",
      });
    }
    return null;
  };
  // Callback style: a refused request is answered and the lifecycle stops (done is never called).
  return (request, reply, payload, done) => {
    if (!refusal(request, reply)) done(null, payload);
  };
}
