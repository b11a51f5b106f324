import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type CorrectableEntity, correctRecord } from "../../ingest/correct.js";
import { meetingDetailSchema, meetingStatus } from "../../schemas/meeting.js";
import { idParams, isoDate } from "../../schemas/page.js";
import { participantDetailSchema, participantKind } from "../../schemas/participant.js";
import { problemResponses, writeProblems } from "../../schemas/problem.js";
import { quoteDetailSchema } from "../../schemas/quote.js";
import { notFound } from "../not-found.js";
import type { WriteRouteOptions } from "../write-options.js";

const note = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .describe("Why the correction is made: required, shown as provenance.");

/** A correction body: a note and at least one field. */
function correctionBody<T extends z.ZodRawShape>(id: string, fields: T, example: Record<string, unknown>) {
  return z
    .strictObject({ note, ...fields })
    .refine((body) => Object.keys(body).some((key) => key !== "note"), {
      message: "give at least one field to correct besides note",
    })
    .meta({ id, examples: [example] });
}

const meetingCorrection = correctionBody(
  "MeetingCorrection",
  {
    title: z.string().min(1).max(500).optional(),
    date: isoDate.optional(),
    endDate: isoDate.nullable().optional(),
    city: z.string().min(1).max(200).optional(),
    country: z.string().min(1).max(200).optional(),
    status: meetingStatus.optional(),
  },
  { status: "held", note: "The OSCE confirmed the session took place." },
);
const participantCorrection = correctionBody(
  "ParticipantCorrection",
  {
    name: z.string().min(1).max(200).optional(),
    kind: participantKind.optional(),
    role: z.string().min(1).max(200).nullable().optional(),
    affiliation: z.string().min(1).max(200).nullable().optional(),
  },
  { role: "Deputy Minister of Foreign Affairs", note: "Official title per the ministry's website." },
);
const quoteCorrection = correctionBody(
  "QuoteCorrection",
  {
    text: z.string().min(1).max(5000).optional(),
    speakerId: z.string().min(1).max(200).nullable().optional(),
    meetingId: z.string().min(1).max(200).nullable().optional(),
  },
  { meetingId: "2022-01-10-geneva", note: "The quote is about the Geneva talks." },
);

const correctionRoutes: FastifyPluginAsyncZod<WriteRouteOptions> = async (app, options) => {
  const { meetings, participants, quotes } = app.repositories;
  const routes = [
    [
      "meeting",
      "/meetings/:id",
      "correctMeeting",
      meetingCorrection,
      meetingDetailSchema,
      "2022-01-13-vienna",
      meetings,
    ],
    [
      "participant",
      "/participants/:id",
      "correctParticipant",
      participantCorrection,
      participantDetailSchema,
      "sergey-ryabkov",
      participants,
    ],
    ["quote", "/quotes/:id", "correctQuote", quoteCorrection, quoteDetailSchema, "q-3f1c2a9b8d7e", quotes],
  ] as const;
  for (const [entity, url, operationId, body, detail, example, repository] of routes) {
    app.patch(
      url,
      {
        preHandler: options.requireToken,
        config: { rateLimit: options.rateLimit },
        schema: {
          operationId,
          tags: [`${entity}s`],
          summary: `Correct a ${entity}`,
          description:
            `Editorial correction of a ${entity}'s fields, with a required note. Corrections are stored apart ` +
            "from the extracted facts, win over them, survive re-ingestion and the deletion of other articles, and " +
            "are listed in the detail's `corrections[]`. Needs `Authorization: Bearer <API_TOKEN>`.",
          security: [{ bearerAuth: [] }],
          params: idParams(example),
          body,
          response: { 200: detail, ...writeProblems, 404: problemResponses[404], 415: problemResponses[415] },
        },
      },
      async (request, reply) => {
        const { note: why, ...values } = request.body as { note: string } & Record<string, string | null>;
        if (!correctRecord(app.db, entity as CorrectableEntity, request.params.id, values, why)) {
          return notFound(request, reply, entity);
        }
        return repository.get(request.params.id) as never;
      },
    );
  }
};

export default correctionRoutes;
