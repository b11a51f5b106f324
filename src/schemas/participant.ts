import { z } from "zod";
import { correctionBody, correctionSchema } from "./correction.js";
import { meetingExample, pageExample, participantExample, quoteExample } from "./examples.js";
import { listParams } from "./list-params.js";
import { pageSchema } from "./page.js";
import { minConfidenceParam, provenanceFields } from "./provenance.js";
import { searchParam } from "./query.js";
import { quoteSchema } from "./quote.js";

export const participantKind = z.enum(["person", "state", "organization"]);

export const participantSchema = z
  .object({
    id: z.string().describe("Stable id derived from the name, e.g. `sergey-ryabkov`."),
    name: z.string(),
    kind: participantKind,
    role: z.string().nullable().describe("A person's role, e.g. `Deputy Foreign Minister`."),
    affiliation: z.string().nullable().describe("The state or organisation a person speaks for."),
    ...provenanceFields,
  })
  .meta({ id: "Participant", examples: [participantExample] });

export const participationSchema = z.enum(["party", "organization", "attendee"]).meta({
  id: "Participation",
  examples: ["party"],
  description:
    "How a participant took part: a negotiating party, a convening organisation, or a named attendee.",
});

export const participantMeetingSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  endDate: z.string().nullable(),
  city: z.string(),
  country: z.string(),
  status: z.enum(["held", "scheduled", "postponed", "cancelled"]),
  as: z.array(participationSchema),
});

/**
 * How many items a participant's detail embeds of each list: a state in 15,000 meetings answered all of them (105
 * ms of SQLite, megabytes of JSON); the rest are one link away, a page at a time. The default page size of the
 * lists linked, so the embedded items are the first page of their list.
 */
export const embeddedLimit = 20;

/** The whole of a list a detail embeds only the start of: its size and where to page through it. */
export const embeddedListSchema = z
  .object({
    total: z
      .number()
      .int()
      .describe(
        "How many there are in all. Exact up to 10,000: past that it is 10,000 and `totalRelation` is `gte`.",
      ),
    totalRelation: z
      .enum(["gte"])
      .optional()
      .describe("`gte` when `total` is a lower bound; absent when it is exact."),
    href: z
      .string()
      .describe("The paged list of all of them (a path on this API): its first page is the embedded items."),
  })
  .meta({ id: "EmbeddedList", examples: [{ total: 130, href: "/quotes?speaker=sergey-ryabkov" }] });

export const participantDetailSchema = participantSchema
  .extend({
    meetings: z
      .array(participantMeetingSchema)
      .max(embeddedLimit)
      .describe(`The participant's first ${embeddedLimit} meetings by date; \`allMeetings\` links the rest.`),
    allMeetings: embeddedListSchema.describe("Every meeting of the participant: `/meetings?participant=ID`."),
    quotes: z
      .array(quoteSchema)
      .max(embeddedLimit)
      .describe(
        `What the participant said, the first ${embeddedLimit} quotes by date; \`allQuotes\` links the rest.`,
      ),
    allQuotes: embeddedListSchema.describe("Every quote of the participant: `/quotes?speaker=ID`."),
    corrections: z.array(correctionSchema).describe("Editorial corrections applied to the extracted facts."),
  })
  .meta({
    id: "ParticipantDetail",
    examples: [
      {
        ...participantExample,
        meetings: [
          {
            id: meetingExample.id,
            title: meetingExample.title,
            date: meetingExample.date,
            endDate: null,
            city: meetingExample.city,
            country: meetingExample.country,
            status: meetingExample.status,
            as: ["attendee"],
          },
        ],
        allMeetings: { total: 1, href: "/meetings?participant=sergey-ryabkov" },
        quotes: [quoteExample],
        allQuotes: { total: 1, href: "/quotes?speaker=sergey-ryabkov" },
        corrections: [],
      },
    ],
  });

export const participantListQuery = z.object({
  kind: participantKind
    .optional()
    .describe("`person`, `state` or `organization`.")
    .meta({ examples: ["person"] }),
  affiliation: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("The state or organisation a person speaks for, ignoring case.")
    .meta({ examples: ["Russia"] }),
  q: searchParam
    .describe("Full-text search over names, roles and affiliations.")
    .meta({ examples: ["minister"] }),
  minConfidence: minConfidenceParam,
  ...listParams,
});

export const participantListResponse = z
  .object({ data: z.array(participantSchema), page: pageSchema })
  .meta({ id: "ParticipantList", examples: [{ data: [participantExample], page: pageExample }] });

/** `PATCH /participants/:id`. */
export const participantCorrection = correctionBody(
  "ParticipantCorrection",
  {
    name: z.string().min(1).max(200).optional(),
    kind: participantKind.optional(),
    role: z.string().min(1).max(200).nullable().optional(),
    affiliation: z.string().min(1).max(200).nullable().optional(),
  },
  { role: "Deputy Minister of Foreign Affairs", note: "Official title per the ministry's website." },
);

export type Participant = z.infer<typeof participantSchema>;
export type ParticipantDetail = z.infer<typeof participantDetailSchema>;
