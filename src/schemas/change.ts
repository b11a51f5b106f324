import { z } from "zod";
import { cursorParam, limitParam, pageSchema } from "./page.js";

export const changeSchema = z
  .object({
    version: z.number().int().describe("The data version the change belongs to."),
    entity: z.enum(["article", "meeting", "participant", "quote"]),
    id: z.string(),
    action: z
      .enum(["created", "updated", "merged", "withdrawn", "deleted"])
      .describe("`withdrawn`: a meeting an editor withdrew (its id answers 410)."),
    replacedBy: z.string().nullable().describe("For `merged`: the id of the record that absorbed this one."),
    at: z.string().describe("When the change was made (ISO 8601)."),
  })
  .meta({
    id: "Change",
    examples: [
      {
        version: 2,
        entity: "meeting",
        id: "2022-01-12-brussels",
        action: "updated",
        replacedBy: null,
        at: "2026-11-28T04:00:00.000Z",
      },
    ],
  });

export const changeListQuery = z.object({
  since: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .describe("A data version (see `/meta`).")
    .meta({ examples: [1] }),
  limit: limitParam,
  cursor: cursorParam,
});

export const changeListResponse = z
  .object({
    data: z.array(changeSchema),
    page: pageSchema,
    version: z.number().int().describe("The current data version: pass it as `since` next time."),
  })
  .meta({ id: "ChangeList", examples: [{ data: [], page: { limit: 100, next: null }, version: 2 }] });
