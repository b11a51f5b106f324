import { z } from "zod";
import { articleExample, newArticleText, pageExample } from "./examples.js";
import { listParams } from "./list-params.js";
import { isoDate, pageSchema } from "./page.js";
import { searchParam } from "./query.js";

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

export const articleListQuery = z.object({
  q: searchParam.describe("Full-text search over titles and texts.").meta({ examples: ["Geneva"] }),
  ...listParams,
});

export const articleListResponse = z
  .object({ data: z.array(articleSchema), page: pageSchema })
  .meta({ id: "ArticleList", examples: [{ data: [articleExample], page: pageExample }] });

/** `POST /articles` as JSON. */
export const newArticleSchema = z
  .object({
    text: z
      .string()
      .min(1)
      .describe("The article: ` date YYYY-MM-DD Headline`, a blank line, then paragraphs."),
    date: isoDate.optional().describe("The article date, when the text has no ` date …` first line."),
    title: z
      .string()
      .max(500)
      .optional()
      .describe("The headline, when the text has no ` date …` first line."),
    source: z.string().max(2000).optional().describe("Where the article comes from (a URL or a citation)."),
  })
  .meta({
    id: "NewArticle",
    examples: [{ text: newArticleText, source: "https://example.org/nato-russia-council" }],
  });

export type NewArticle = z.infer<typeof newArticleSchema>;

/** `POST /articles` as `text/plain`. */
export const articleTextBody = z
  .string()
  .min(1)
  .meta({
    description:
      "The article itself: a first line ` date YYYY-MM-DD Headline`, a blank line, then paragraphs. " +
      "UTF-8, or the charset declared in Content-Type (`text/plain; charset=iso-8859-1`).",
    examples: [newArticleText],
  });

export const ingestResultSchema = z
  .object({
    articleId: z.string(),
    created: z.boolean().describe("false when the same text was already loaded: nothing was added."),
    meetings: z.object({ created: z.array(z.string()), merged: z.array(z.string()) }),
    participants: z.array(z.string()),
    quotes: z.array(z.string()),
    warnings: z.array(z.string()).describe("Repairs and doubts the extractor reported."),
  })
  // The examples differ by status (201 added, 200 already there): they are set per response in the document.
  .meta({ id: "IngestResult" });

export const articleDeletedResponse = z.undefined().describe("Deleted.");
