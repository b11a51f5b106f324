import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { InvalidCursorError } from "../../db/cursor.js";
import { ArticleFormatError } from "../../extract/types.js";
import { problemTypes, sendProblem } from "../../http/problem.js";
import { UnknownReferenceError } from "../../ingest/correct.js";

const locations = { querystring: "query", params: "path", body: "body", headers: "header" } as const;

/** One error handler and one not-found handler: every error leaves as problem+json, 5xx without details. */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where =
        locations[(error.validationContext ?? "querystring") as keyof typeof locations] ?? "query";
      const errors = error.validation.map((v) => ({
        in: where,
        name: v.instancePath.replace(/^\//, "").replace(/\//g, "."),
        detail: v.message ?? "is invalid",
      }));
      return sendProblem(request, reply, {
        type: problemTypes.validation,
        title: "Invalid request parameters",
        status: 400,
        detail: errors.map((e) => (e.name ? `${e.name}: ${e.detail}` : e.detail)).join("; "),
        errors,
      });
    }
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
        title: "Bad Request",
        status: 400,
        detail: `${error.field}: ${error.message}; give the id of an existing ${error.target} or null`,
        errors: [{ in: "body", name: error.field, detail: error.message }],
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
    return sendProblem(request, reply, {
      type: problemTypes.http,
      title: STATUS_CODES[status] ?? "Error",
      status,
      // 4xx messages help the client; 5xx details stay in the log.
      detail:
        status === 500
          ? "The server could not answer this request; the error has been logged."
          : error.message,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, {
      type: problemTypes.notFound,
      title: "Not Found",
      status: 404,
      detail: `No route ${request.method} ${request.url.split("?")[0]}`,
    }),
  );
}
