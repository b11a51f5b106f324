import { z } from "zod";
import { correctionSchema } from "./correction.js";
import { quoteExample } from "./examples.js";
import { provenanceFields } from "./provenance.js";

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
