import { z } from "zod";
import { articleExample } from "./examples.js";

export const articleSchema = z
  .object({
    id: z.string().describe("Stable id: the article date and the start of its text's SHA-256."),
    date: z.string(),
    title: z.string(),
    sha256: z.string().describe("SHA-256 of the text, hex."),
    source: z.string().nullable(),
    extractorVersion: z.string(),
    loadedAt: z.string(),
  })
  .meta({ id: "Article", examples: [articleExample] });

const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const articleDetailSchema = articleSchema
  .extend({
    text: z.string().describe("The article exactly as loaded; every offset in the API points into it."),
    warnings: z.array(z.string()).describe("Repairs and doubts the extractor reported."),
    spans: z.object({
      meetings: z.array(spanSchema.extend({ meetingId: z.string() })),
      quotes: z.array(spanSchema.extend({ quoteId: z.string() })),
    }),
  })
  .meta({
    id: "ArticleDetail",
    examples: [
      {
        ...articleExample,
        text: " date 2022-01-10 Security talks with the United States are …",
        warnings: ["joined a paragraph split inside a date at offset 2301"],
        spans: {
          meetings: [{ meetingId: "2022-01-10-geneva", start: 271, end: 494 }],
          quotes: [{ quoteId: "q-3f1c2a9b8d7e", start: 612, end: 626 }],
        },
      },
    ],
  });

export type Article = z.infer<typeof articleSchema>;
export type ArticleDetail = z.infer<typeof articleDetailSchema>;
