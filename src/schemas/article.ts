import { z } from "zod";

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
  .meta({
    id: "Article",
    examples: [
      {
        id: "2022-01-10-6b1f0c2d9e",
        date: "2022-01-10",
        title:
          "Security talks with the United States are “difficult,” but “professional,” according to Russia.",
        sha256: "6b1f0c2d9e…",
        source: "seeds/000_ac63f187e8067ee2.txt",
        extractorVersion: "1.0.0",
        loadedAt: "2026-11-28T03:00:00.000Z",
      },
    ],
  });

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
  .meta({ id: "ArticleDetail" });

export type Article = z.infer<typeof articleSchema>;
export type ArticleDetail = z.infer<typeof articleDetailSchema>;
