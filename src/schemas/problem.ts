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
    examples: [
      {
        type: "https://diplomatic-timeline.dev/problems/validation",
        title: "Invalid request parameters",
        status: 400,
        detail: "limit: Too big: expected number to be <=100",
        instance: "/meetings?limit=1000",
        errors: [{ in: "query", name: "limit", detail: "Too big: expected number to be <=100" }],
      },
    ],
  });

export type Problem = z.infer<typeof problemSchema>;

/** The error responses every route can give, for the OpenAPI document. */
export const problemResponses = {
  400: problemSchema.describe("Invalid parameters (application/problem+json)."),
  404: problemSchema.describe("No such resource (application/problem+json)."),
} as const;
