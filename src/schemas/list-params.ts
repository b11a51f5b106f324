import { z } from "zod";
import { cursorParam, limitParam } from "./page.js";
import { problemResponses } from "./problem.js";
import { countParam } from "./query.js";

/** `updatedSince`: for clients that keep a copy and fetch only what changed. */
export const updatedSinceParam = z.iso
  .datetime({ offset: true })
  .optional()
  .describe("Only records created or changed at or after this time (ISO 8601 with time zone).")
  .meta({ examples: ["2026-11-28T00:00:00Z"] });

/** The change, paging, count and format parameters of the participant, quote and article lists. */
export const listParams = {
  updatedSince: updatedSinceParam,
  limit: limitParam,
  cursor: cursorParam,
  count: countParam,
  format: z
    .enum(["json", "csv"])
    .optional()
    .describe(
      "Response format, for links where the Accept header cannot be set: `json` or `csv` (every matching row).",
    ),
};

export const csvBody = z.string().meta({
  description: "RFC 4180 CSV with a header row (text/csv).",
  examples: [
    "id,name,kind,role,affiliation\r\nsergey-ryabkov,Sergey Ryabkov,person,Deputy Foreign Minister,Russia\r\n",
  ],
});

/**
 * The responses of a list that answers a page as JSON or, with `Accept: text/csv` (or `format=csv`), every
 * matching row as CSV.
 */
export const jsonOrCsvList = <T extends z.ZodType>(description: string, json: T) => ({
  200: { description, content: { "application/json": { schema: json }, "text/csv": { schema: csvBody } } },
  400: problemResponses[400],
});
