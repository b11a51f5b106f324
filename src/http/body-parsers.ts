import type { FastifyInstance } from "fastify";
import { decodeText, TextDecodeError } from "../text/decode.js";
import { ProblemError, problemTypes } from "./problem.js";

/** The media types a body may have; anything else is refused with 415, naming these. */
export const acceptedMediaTypes = ["application/json", "text/plain"] as const;

const badBody = (detail: string, name = "") =>
  new ProblemError({
    type: problemTypes.validation,
    title: "Invalid request body",
    status: 400,
    detail,
    errors: [{ in: "body", name, detail }],
  });

/** Keys that would reach an object's prototype if the body were merged into one. */
function refusePrototypeKeys(key: string, value: unknown): unknown {
  const constructorPrototype =
    key === "constructor" && value !== null && typeof value === "object" && Object.hasOwn(value, "prototype");
  if (key === "__proto__" || constructorPrototype) {
    throw badBody(
      `the body has a "${key}" key, which is refused because it could alter object prototypes; remove it`,
      key,
    );
  }
  return value;
}

const charsetOf = (contentType: string | undefined) =>
  /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? "")?.[2];

/**
 * JSON and text bodies with messages that say what to fix: JSON's syntax error and its position, prototype
 * keys by name; text in its declared charset (`text/plain; charset=iso-8859-1`), else UTF-8, refusing invalid
 * bytes (422) and unknown charsets (415) instead of storing U+FFFD.
 */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, body, done) => {
    let text: string;
    try {
      text = decodeText(body as Buffer, charsetOf(request.headers["content-type"]));
    } catch (error) {
      return done(error instanceof TextDecodeError ? textProblem(error) : (error as Error));
    }
    if (text.trim() === "") {
      return done(badBody('the body is empty; send a JSON object, e.g. {"text": "…"}'));
    }
    try {
      done(null, JSON.parse(text, refusePrototypeKeys));
    } catch (error) {
      if (error instanceof ProblemError) return done(error);
      done(badBody(`the body is not valid JSON (${(error as Error).message}); fix its syntax`));
    }
  });
  app.addContentTypeParser("text/plain", { parseAs: "buffer" }, (request, body, done) => {
    try {
      done(null, decodeText(body as Buffer, charsetOf(request.headers["content-type"])));
    } catch (error) {
      done(error instanceof TextDecodeError ? textProblem(error) : (error as Error));
    }
  });
}

function textProblem(error: TextDecodeError): ProblemError {
  return error.reason === "unsupported-charset"
    ? new ProblemError({
        type: problemTypes.unsupportedCharset,
        title: "Unsupported Media Type",
        status: 415,
        detail: error.message,
        errors: [{ in: "header", name: "content-type", detail: error.message }],
      })
    : new ProblemError({
        type: problemTypes.invalidText,
        title: "Unprocessable Content",
        status: 422,
        detail: error.message,
        errors: [{ in: "body", name: "", detail: error.message }],
      });
}
