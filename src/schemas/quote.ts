import { z } from "zod";
import { correctionBody, correctionSchema } from "./correction.js";
import { pageExample, quoteExample } from "./examples.js";
import { listParams } from "./list-params.js";
import { isoDate, pageSchema } from "./page.js";
import { minConfidenceParam, provenanceFields } from "./provenance.js";
import { quoteCountParam, searchParam } from "./query.js";

export const quoteSchema = z
  .object({
    id: z.string(),
    text: z.string().describe("The quoted words, without the quotation marks."),
    speaker: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .describe("Who said it; null for an unnamed source."),
    meetingId: z.string().nullable().describe("The meeting the quote is about, where the text says so."),
    articleId: z.string(),
    start: z.number().int().describe("Offset of the first quoted character in the article text."),
    end: z
      .number()
      .int()
      .describe("Offset just past the last quoted character: text = article.text.slice(start, end)."),
    date: z.string().describe("The date of the meeting the quote is about, else the article's date."),
    ...provenanceFields,
  })
  .meta({ id: "Quote", examples: [quoteExample] });

export type Quote = z.infer<typeof quoteSchema>;

export const quoteDetailSchema = quoteSchema
  .extend({
    corrections: z.array(correctionSchema).describe("Editorial corrections applied to the extracted quote."),
  })
  .meta({ id: "QuoteDetail", examples: [{ ...quoteExample, corrections: [] }] });

export type QuoteDetail = z.infer<typeof quoteDetailSchema>;

export const quoteListQuery = z.object({
  speaker: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("The speaker's participant id.")
    .meta({ examples: ["sergey-ryabkov"] }),
  meeting: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("A meeting id.")
    .meta({ examples: ["2022-01-10-geneva"] }),
  from: isoDate
    .optional()
    .describe("Only quotes dated on or after this day.")
    .meta({ examples: ["2022-01-01"] }),
  to: isoDate
    .optional()
    .describe("Only quotes dated on or before this day.")
    .meta({ examples: ["2022-12-31"] }),
  q: searchParam
    .describe(
      'Full-text search over the quoted words; `"phrase"` for a phrase. Matches come in date order, the quotes of one day in the order they were stored.',
    )
    .meta({ examples: ['"behind the scenes"'] }),
  minConfidence: minConfidenceParam,
  ...listParams,
  count: quoteCountParam,
});

export const quoteListResponse = z
  .object({ data: z.array(quoteSchema), page: pageSchema })
  .meta({ id: "QuoteList", examples: [{ data: [quoteExample], page: pageExample }] });

/** `PATCH /quotes/:id`. */
export const quoteCorrection = correctionBody(
  "QuoteCorrection",
  {
    text: z.string().min(1).max(5000).optional(),
    speakerId: z.string().min(1).max(200).nullable().optional(),
    meetingId: z.string().min(1).max(200).nullable().optional(),
  },
  { meetingId: "2022-01-10-geneva", note: "The quote is about the Geneva talks." },
);
