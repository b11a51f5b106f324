import { z } from "zod";
import { correctionBody, correctionSchema } from "./correction.js";
import { meetingExample, participantExample, quoteExample, sourceExample } from "./examples.js";
import { isoDate } from "./page.js";
import { participantSchema, participationSchema } from "./participant.js";
import { provenanceFields } from "./provenance.js";
import { quoteSchema } from "./quote.js";

/** `postponed` and `cancelled` come from a report that says so of that date ("was postponed", "called off"). */
export const meetingStatus = z.enum(["held", "scheduled", "postponed", "cancelled"]);

export const meetingSchema = z
  .object({
    id: z.string().describe("Stable id derived from date and venue, e.g. `2022-01-10-geneva`."),
    title: z.string(),
    date: z.string().describe("First day (YYYY-MM-DD)."),
    endDate: z.string().nullable().describe("Last day of a meeting over several days, else null."),
    dateCertainty: z
      .enum(["stated", "inferred"])
      .describe(
        "`stated` when the text gives the calendar date, `inferred` when resolved from the article date.",
      ),
    city: z.string(),
    country: z.string(),
    status: meetingStatus.describe(
      "`held` or `scheduled` relative to the date of the latest report, or `postponed`/`cancelled` when a report says so.",
    ),
    organizations: z
      .array(z.string())
      .describe("International organisations convening, chairing or observing."),
    parties: z.array(z.string()).describe("The negotiating sides."),
    sourceCount: z
      .number()
      .int()
      .min(0)
      .describe("How many articles report the meeting; lists take `minSources` for corroborated meetings."),
    ...provenanceFields,
  })
  .meta({ id: "Meeting", examples: [meetingExample] });

export const sourceSchema = z
  .object({
    articleId: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string().describe("The supporting sentence: the article text from start to end."),
    dateText: z.string().nullable().describe("The raw date expression the meeting's date was read from."),
  })
  .meta({ id: "Source", examples: [sourceExample] });

export const disputeSchema = z
  .object({
    field: z.enum(["date", "city", "status"]).describe("What the reports disagree on."),
    value: z
      .string()
      .describe("The value the meeting shows (days as `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`)."),
    reason: z.string().describe("Why that value was chosen: e.g. `the latest report`, `most reports`."),
    claims: z
      .array(
        z.object({
          value: z.string(),
          articleIds: z.array(z.string()).describe("The reports that make this claim."),
          sources: z
            .array(z.object({ articleId: z.string(), start: z.number().int(), end: z.number().int() }))
            .describe("Those reports' sentences about the meeting (offsets into each article's text)."),
        }),
      )
      .min(2),
  })
  .meta({
    id: "Dispute",
    description: "Reports of one meeting that disagree, each claim with the reports that make it.",
    examples: [
      {
        field: "date",
        value: "2022-01-10/2022-01-11",
        reason: "the days of every report",
        claims: [
          {
            value: "2022-01-10",
            articleIds: ["2022-01-08-ac63f187e8"],
            sources: [{ articleId: "2022-01-08-ac63f187e8", start: 120, end: 214 }],
          },
          {
            value: "2022-01-11",
            articleIds: ["2022-01-12-5d0c9e1a2b"],
            sources: [{ articleId: "2022-01-12-5d0c9e1a2b", start: 48, end: 131 }],
          },
        ],
      },
    ],
  });

export const meetingDetailSchema = meetingSchema
  .extend({
    disputes: z
      .array(disputeSchema)
      .describe("Where the reports disagree on the days, venue or status; empty when they agree."),
    participants: z.array(participantSchema.extend({ as: z.array(participationSchema) })),
    quotes: z.array(quoteSchema),
    sources: z.array(sourceSchema).describe("The sentences of each article that support the meeting."),
    corrections: z.array(correctionSchema).describe("Editorial corrections applied to the extracted facts."),
  })
  .meta({
    id: "MeetingDetail",
    examples: [
      {
        ...meetingExample,
        participants: [{ ...participantExample, as: ["attendee"] }],
        quotes: [quoteExample],
        sources: [sourceExample],
        corrections: [],
        disputes: [],
      },
    ],
  });

export const jsonLdSchema = z.record(z.string(), z.unknown()).meta({
  id: "JsonLd",
  description: "schema.org JSON-LD (application/ld+json).",
  examples: [
    {
      "@context": "https://schema.org",
      "@type": "Event",
      name: meetingExample.title,
      startDate: "2022-01-10",
    },
  ],
});

/** `GET /meetings/:id` of a meeting merged into another. */
export const meetingMovedResponse = z
  .undefined()
  .describe("The meeting was merged into another; Location names it.");

/** A corrected list of names (`[]` for none); each becomes a participant if no record has it yet. */
const nameList = z
  .array(z.string().trim().min(1).max(200))
  .max(100)
  .refine((names) => new Set(names).size === names.length, { message: "names must be distinct" });

/** `PATCH /meetings/:id`. */
export const meetingCorrection = correctionBody(
  "MeetingCorrection",
  {
    title: z.string().min(1).max(500).optional(),
    date: isoDate.optional(),
    endDate: isoDate.nullable().optional(),
    city: z.string().min(1).max(200).optional(),
    country: z.string().min(1).max(200).optional(),
    status: meetingStatus.optional(),
    parties: nameList.optional().describe("The negotiating sides, by name: replaces the extracted list."),
    organizations: nameList
      .optional()
      .describe("The convening or observing organisations, by name: replaces the extracted list."),
  },
  { status: "held", note: "The OSCE confirmed the session took place." },
);

export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
