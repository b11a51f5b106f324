import { z } from "zod";
import { timelineTables } from "../db/tables.js";

const files = [...timelineTables.map((t) => `${t}.ndjson` as const), "timeline.db"] as const;

export const exportParams = z.object({ file: z.enum(files).describe("`TABLE.ndjson` or `timeline.db`.") });
export type ExportParams = z.infer<typeof exportParams>;

export const ndjsonBody = z.string().meta({
  description: "Newline-delimited JSON.",
  examples: ['{"id":"2022-01-10-geneva","title":"Russia–United States talks in Geneva"}\n'],
});

export const sqliteBody = z
  .string()
  .meta({ description: "A SQLite database file.", examples: ["SQLite format 3…"] });
