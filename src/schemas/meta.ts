import { z } from "zod";

export const metaSchema = z
  .object({
    dataVersion: z.number().int().describe("Bumped by every write; ETags follow it."),
    lastLoadAt: z.string().nullable().describe("When an article was last loaded (ISO 8601)."),
    counts: z.object({
      articles: z.number().int(),
      meetings: z.number().int(),
      participants: z.number().int(),
      quotes: z.number().int(),
    }),
    apiVersion: z.string(),
    extractorVersion: z.string(),
    licence: z.object({ code: z.string(), data: z.string() }),
    sources: z.string(),
  })
  .meta({
    id: "Meta",
    examples: [
      {
        dataVersion: 1,
        lastLoadAt: "2026-11-28T03:00:00.000Z",
        counts: { articles: 1, meetings: 3, participants: 5, quotes: 7 },
        apiVersion: "0.1.0",
        extractorVersion: "1.2.0",
        licence: { code: "MIT", data: "…" },
        sources: "…",
      },
    ],
  });
