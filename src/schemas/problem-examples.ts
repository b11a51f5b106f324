import type { Problem } from "./problem.js";

/**
 * Problems exactly as the server sends them (bar the request id), for the OpenAPI document. Each `instance` is
 * the request that produces it; tests/routes/documented-problems.test.ts sends them and compares.
 */
const requestId = "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c";

const validation = (where: "query" | "path" | "body", name: string, detail: string, instance: string) => ({
  type: "/problems/validation-error",
  title: where === "body" ? "Invalid request body" : "Invalid request parameters",
  status: 400,
  detail,
  instance,
  requestId,
  errors: [{ in: where, name, detail }],
});

export const problemExamples = {
  invalidQuery: validation(
    "query",
    "limit",
    "query parameter `limit` is too big: expected number to be <=100; send a smaller value",
    "/meetings?limit=1000",
  ),
  invalidCursor: {
    type: "/problems/invalid-cursor",
    title: "Invalid cursor",
    status: 400,
    detail: "the cursor is not one this API issued; start again without a cursor",
    instance: "/meetings?cursor=not-a-cursor",
    requestId,
    errors: [{ in: "query", name: "cursor", detail: "the cursor is not one this API issued" }],
  },
  invalidPath: validation(
    "path",
    "file",
    'path parameter `file` is not allowed: expected one of "articles.ndjson"|"meetings.ndjson"|"participants.ndjson"|"meeting_participants.ndjson"|"quotes.ndjson"|"evidence.ndjson"|"corrections.ndjson"|"timeline.db"; use one of them',
    "/export/everything.zip",
  ),
  invalidBody: validation(
    "body",
    "note",
    "body field `note` is missing: it is required (string); add it",
    "/meetings/2022-01-10-geneva",
  ),
  unauthorized: {
    type: "/problems/unauthorized",
    title: "Unauthorized",
    status: 401,
    detail: "this route needs a token; send the server's API_TOKEN as Authorization: Bearer <token>",
    instance: "/articles",
    requestId,
  },
  notFound: {
    type: "/problems/not-found",
    title: "Not Found",
    status: 404,
    detail: 'No meeting with id "2022-01-09-nowhere"; the ids are listed by GET /meetings',
    instance: "/meetings/2022-01-09-nowhere",
    requestId,
  },
  withdrawn: {
    type: "/problems/withdrawn",
    title: "Gone",
    status: 410,
    detail: 'The meeting "2022-01-12-brussels" was withdrawn by an editor: No such session.',
    instance: "/meetings/2022-01-12-brussels",
    requestId,
  },
  payloadTooLarge: {
    type: "about:blank",
    title: "Payload Too Large",
    status: 413,
    detail: "the body is larger than 1 MiB (1,048,576 bytes); send a shorter article",
    instance: "/articles",
    requestId,
  },
  unsupportedMediaType: {
    type: "about:blank",
    title: "Unsupported Media Type",
    status: 415,
    detail:
      'the media type "application/xml" is not accepted: send one of application/json, text/plain (text in UTF-8 or with its charset declared)',
    instance: "/articles",
    requestId,
  },
  unsupportedCharset: {
    type: "/problems/unsupported-charset",
    title: "Unsupported Media Type",
    status: 415,
    detail:
      'unknown charset "x-klingon"; declare one of utf-8, iso-8859-1, windows-1252, utf-16le… or send UTF-8',
    instance: "/articles",
    requestId,
    errors: [
      {
        in: "header",
        name: "content-type",
        detail:
          'unknown charset "x-klingon"; declare one of utf-8, iso-8859-1, windows-1252, utf-16le… or send UTF-8',
      },
    ],
  },
  notAnArticle: {
    type: "/problems/not-an-article",
    title: "Unprocessable Content",
    status: 422,
    detail:
      'first line is not ` date YYYY-MM-DD headline`; send a first line " date YYYY-MM-DD Headline" or the date field',
    instance: "/articles",
    requestId,
  },
  invalidText: {
    type: "/problems/invalid-text",
    title: "Unprocessable Content",
    status: 422,
    detail:
      "the text is not valid UTF-8 (byte 0xfc at offset 27); convert it to UTF-8 or declare its charset (e.g. Content-Type: text/plain; charset=iso-8859-1)",
    instance: "/articles",
    requestId,
    errors: [
      {
        in: "body",
        name: "",
        detail:
          "the text is not valid UTF-8 (byte 0xfc at offset 27); convert it to UTF-8 or declare its charset (e.g. Content-Type: text/plain; charset=iso-8859-1)",
      },
    ],
  },
  tooManyRequests: {
    type: "about:blank",
    title: "Too Many Requests",
    status: 429,
    detail: "too many write requests: at most 60 per 1 minute; retry after 60 s",
    instance: "/articles",
    requestId,
  },
  writesDisabled: {
    type: "/problems/writes-disabled",
    title: "Service Unavailable",
    status: 503,
    detail:
      "writes are disabled: the server was started without API_TOKEN; start it with API_TOKEN=… to allow writes",
    instance: "/articles",
    requestId,
  },
} satisfies Record<string, Problem>;

export type ProblemExampleName = keyof typeof problemExamples;

/** The examples that document a status of an operation: what that operation can really answer with it. */
export function problemExampleNames(
  status: number,
  operation: { method: string; takesQuery: boolean; takesCursor: boolean; isPost: boolean },
): ProblemExampleName[] {
  const read = operation.method === "get";
  switch (status) {
    case 400:
      if (read) {
        if (!operation.takesQuery) return ["invalidPath"];
        return operation.takesCursor ? ["invalidQuery", "invalidCursor"] : ["invalidQuery"];
      }
      return operation.method === "delete" ? ["invalidPath"] : ["invalidBody"];
    case 401:
      return ["unauthorized"];
    case 404:
      return ["notFound"];
    case 410:
      return ["withdrawn"];
    case 413:
      return ["payloadTooLarge"];
    case 415:
      return operation.isPost ? ["unsupportedMediaType", "unsupportedCharset"] : ["unsupportedMediaType"];
    case 422:
      return ["notAnArticle", "invalidText"];
    case 429:
      return ["tooManyRequests"];
    case 503:
      return ["writesDisabled"];
    default:
      return [];
  }
}
