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

export const participantDetailSchema = participantSchema
  .extend({
    meetings: z.array(participantMeetingSchema).describe("The participant's timeline, by date."),
    quotes: z.array(quoteSchema).describe("What the participant said, by date."),
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
        quotes: [quoteExample],
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
