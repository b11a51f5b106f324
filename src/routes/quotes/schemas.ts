import { z } from "zod";
import type { CsvColumn } from "../../http/csv.js";
import { pageExample, quoteExample } from "../../schemas/examples.js";
import { listParams } from "../../schemas/list-params.js";
import { isoDate, pageSchema } from "../../schemas/page.js";
import { minConfidenceParam } from "../../schemas/provenance.js";
import { searchParam } from "../../schemas/query.js";
import { type Quote, quoteSchema } from "../../schemas/quote.js";

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
});

export const quoteListResponse = z
  .object({ data: z.array(quoteSchema), page: pageSchema })
  .meta({ id: "QuoteList", examples: [{ data: [quoteExample], page: pageExample }] });

export const quoteCsvColumns: CsvColumn<Quote>[] = [
  { header: "id", value: (q) => q.id },
  { header: "date", value: (q) => q.date },
  { header: "text", value: (q) => q.text },
  { header: "speaker_id", value: (q) => q.speaker?.id ?? null },
  { header: "speaker_name", value: (q) => q.speaker?.name ?? null },
  { header: "meeting_id", value: (q) => q.meetingId },
  { header: "article_id", value: (q) => q.articleId },
  { header: "start", value: (q) => q.start },
  { header: "end", value: (q) => q.end },
];
