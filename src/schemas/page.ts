import { z } from "zod";
import { pageExample } from "./examples.js";

export const pageSchema = z
  .object({
    limit: z.number().int().describe("The page size used."),
    next: z
      .string()
      .nullable()
      .describe("Cursor of the next page, to pass as `cursor`; null on the last page."),
    total: z
      .number()
      .int()
      .optional()
      .describe(
        "How many rows match the filters in all; absent with `count=false`. Exact up to 10,000 (a quote " +
          "search, `/quotes?q=`: 100, or 10,000 with `count=exact`): past that it is that bound and " +
          "`totalRelation` is `gte`.",
      ),
    totalRelation: z
      .enum(["gte"])
      .optional()
      .describe(
        "`gte` when `total` is a lower bound (more than 10,000 rows match, or more than 100 quotes a search: " +
          "counting them all would cost what reading them does); absent when `total` is exact.",
      ),
  })
  .meta({ id: "Page", examples: [pageExample] });

export const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(20)
  .describe("Page size, 1–100.")
  .meta({ examples: [20] });

export const cursorParam = z
  .string()
  .max(512)
  .optional()
  .describe("Opaque cursor from `page.next` of the previous page.")
  .meta({ examples: ["WyJhMExqZE1wTSIsIjIwMjItMDEtMTAiLCIyMDIyLTAxLTEwLWdlbmV2YSJd"] });

export const isoDate = z.iso.date().describe("An ISO 8601 calendar date, YYYY-MM-DD.");

/** The `:id` path parameter, with an example id of the resource. */
export const idParams = (example: string) =>
  z.object({
    id: z
      .string()
      .min(1)
      .max(200)
      .describe("The resource id.")
      .meta({ examples: [example] }),
  });
