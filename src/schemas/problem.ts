import { z } from "zod";

/** RFC 9457 problem details, the body of every error response. */
export const problemSchema = z
  .object({
    type: z.string().describe("A URI reference identifying the problem type."),
    title: z.string().describe("A short, human-readable summary of the problem type."),
    status: z.number().int().describe("The HTTP status code."),
    detail: z.string().optional().describe("An explanation specific to this occurrence."),
    instance: z.string().optional().describe("The request path that produced the problem."),
    requestId: z.string().optional().describe("The request id, also found in the server's logs."),
    errors: z
      .array(
        z.object({
          in: z.enum(["query", "path", "body", "header"]),
          name: z.string().describe("The failing parameter, or a JSON pointer into the body."),
          detail: z.string(),
        }),
      )
      .optional()
      .describe("The failing parameters, for validation problems."),
  })
  .meta({
    id: "Problem",
    description: "An error, as RFC 9457 problem details (media type application/problem+json).",
    // Examples per status and operation are in problem-examples.ts: each is a response the server really sends.
  });

export type Problem = z.infer<typeof problemSchema>;

/** The error responses every route can give, for the OpenAPI document. */
export const problemResponses = {
  400: problemSchema.describe("Invalid parameters or body (application/problem+json)."),
  404: problemSchema.describe("No such resource (application/problem+json)."),
  410: problemSchema.describe(
    "An editor withdrew the meeting; `detail` gives the note (application/problem+json).",
  ),
  401: problemSchema.describe(
    "Missing or wrong bearer token (application/problem+json; WWW-Authenticate: Bearer).",
  ),
  413: problemSchema.describe("The body is larger than 1 MiB (application/problem+json)."),
  415: problemSchema.describe("Unsupported content type (application/problem+json)."),
  422: problemSchema.describe(
    "The body is not an article the extractor can read (application/problem+json).",
  ),
  429: problemSchema.describe("Too many write requests; see Retry-After (application/problem+json)."),
  503: problemSchema.describe(
    "Writes are disabled: the server has no API_TOKEN, or is a read-only replica (application/problem+json).",
  ),
} as const;

/** The problems every write route can answer with, besides its own. */
export const writeProblems = {
  400: problemResponses[400],
  401: problemResponses[401],
  429: problemResponses[429],
  503: problemResponses[503],
} as const;
