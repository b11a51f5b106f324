import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { InvalidCursorError } from "../../db/cursor.js";
import { ArticleFormatError } from "../../extract/types.js";
import { acceptedMediaTypes } from "../../http/body-parsers.js";
import { ProblemError, problemTypes, sendProblem } from "../../http/problem.js";
import { describeIssue, type IssueLocation } from "../../http/validation-messages.js";
import { UnknownReferenceError } from "../../ingest/correct.js";
import { SelfMergeError } from "../../ingest/meeting-acts.js";

const locations = { querystring: "query", params: "path", body: "body", headers: "header" } as const;

/** Framework errors whose own message names no fix: what the client should do instead. */
const frameworkDetails: Record<string, (error: FastifyError, contentType: string) => string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (_error, contentType) =>
    `${contentType ? `the media type "${contentType}" is not accepted` : "the body has no Content-Type"}: send one of ${acceptedMediaTypes.join(", ")} (text in UTF-8 or with its charset declared)`,
  FST_ERR_CTP_BODY_TOO_LARGE: () => "the body is larger than 1 MiB (1,048,576 bytes); send a shorter article",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    "the Content-Length header does not match the body; send the body's length in bytes",
};

/** One error handler and one not-found handler: every error leaves as problem+json, 5xx without details. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where: IssueLocation =
        locations[(error.validationContext ?? "querystring") as keyof typeof locations] ?? "query";
      const errors = error.validation.map((v) => {
        const name = v.instancePath.replace(/^\//, "").replace(/\//g, ".");
        return { in: where, name, detail: describeIssue(where, name, v.keyword, v.message ?? "", v.params) };
      });
      return sendProblem(request, reply, {
        type: problemTypes.validation,
        title: where === "body" ? "Invalid request body" : "Invalid request parameters",
        status: 400,
        detail: errors.map((e) => e.detail).join("; "),
        errors,
      });
    }
    if (error instanceof ProblemError) return sendProblem(request, reply, error.problem);
    if (error instanceof InvalidCursorError) {
      return sendProblem(request, reply, {
        type: problemTypes.invalidCursor,
        title: "Invalid cursor",
        status: 400,
        detail: `${error.message}; start again without a cursor`,
        errors: [{ in: "query", name: "cursor", detail: error.message }],
      });
    }
    if (error instanceof UnknownReferenceError) {
      return sendProblem(request, reply, {
        type: problemTypes.validation,
        // One title per problem type (RFC 9457 §3.1.3): the body's validation problems say this.
        title: "Invalid request body",
        status: 400,
        detail: `${error.field}: ${error.message}; give the id of an existing ${error.target}${error.nullable ? " or null" : ""}`,
        errors: [{ in: "body", name: error.field, detail: error.message }],
      });
    }
    if (error instanceof SelfMergeError) {
      return sendProblem(request, reply, {
        type: problemTypes.validation,
        title: "Invalid request body",
        status: 400,
        detail: `otherId: ${error.message}; give the id of another meeting`,
        errors: [{ in: "body", name: "otherId", detail: error.message }],
      });
    }
    if (error instanceof ArticleFormatError) {
      return sendProblem(request, reply, {
        type: problemTypes.notAnArticle,
        title: "Unprocessable Content",
        status: 422,
        detail: `${error.message}; send a first line " date YYYY-MM-DD Headline" or the date field`,
      });
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, "request failed");
    const explain = error.code ? frameworkDetails[error.code] : undefined;
    return sendProblem(request, reply, {
      type: problemTypes.http,
      title: STATUS_CODES[status] ?? "Error",
      status,
      // 4xx messages help the client; 5xx details stay in the log.
      detail:
        status === 500
          ? "The server could not answer this request; the error has been logged."
          : explain
            ? explain(error, request.headers["content-type"] ?? "")
            : error.message,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, {
      type: problemTypes.notFound,
      title: "Not Found",
      status: 404,
      detail: `No route ${request.method} ${request.url.split("?")[0]}; the routes are listed at /openapi.json`,
    }),
  );

  // CORS answers preflights (OPTIONS with Origin); an OPTIONS without Origin is no preflight, and @fastify/cors
  // would answer it in plain text. Registered before CORS so it runs first.
  app.addHook("onRequest", (request, reply, done) => {
    if (request.method !== "OPTIONS" || request.headers.origin) return done();
    sendProblem(request, reply, {
      type: problemTypes.http,
      title: "Bad Request",
      status: 400,
      detail:
        "OPTIONS is answered as a CORS preflight: send Origin and Access-Control-Request-Method headers; the methods of each route are listed at /openapi.json",
      errors: [{ in: "header", name: "origin", detail: "required for a CORS preflight" }],
    });
  });
}
