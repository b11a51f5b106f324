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

/** The options of one PATCH route; generic so each route keeps its own body and detail types. */
function correctionRoute<Body extends z.ZodType, Detail extends z.ZodType>(
  options: WriteRouteOptions,
  entity: CorrectableEntity,
  operationId: string,
  body: Body,
  detail: Detail,
  example: string,
) {
  return {
    preParsing: options.requireToken,
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
  };
}

const correctionRoutes: FastifyPluginAsyncZod<WriteRouteOptions> = async (app, options) => {
  const { meetings, participants, quotes } = app.repositories;
  /** Records the correction; false when there is no such record. */
  const correct = (
    entity: CorrectableEntity,
    id: string,
    { note, ...values }: { note: string } & Record<string, string | null | undefined>,
  ) => correctRecord(app.db, entity, id, values, note);

  app.patch(
    "/meetings/:id",
    correctionRoute(
      options,
      "meeting",
      "correctMeeting",
      meetingCorrection,
      meetingDetailSchema,
      "2022-01-13-vienna",
    ),
    async (request, reply) =>
      (correct("meeting", request.params.id, request.body) && meetings.get(request.params.id)) ||
      notFound(request, reply, "meeting"),
  );
  app.patch(
    "/participants/:id",
    correctionRoute(
      options,
      "participant",
      "correctParticipant",
      participantCorrection,
      participantDetailSchema,
      "sergey-ryabkov",
    ),
    async (request, reply) =>
      (correct("participant", request.params.id, request.body) && participants.get(request.params.id)) ||
      notFound(request, reply, "participant"),
  );
  app.patch(
    "/quotes/:id",
    correctionRoute(options, "quote", "correctQuote", quoteCorrection, quoteDetailSchema, "q-3f1c2a9b8d7e"),
    async (request, reply) =>
      (correct("quote", request.params.id, request.body) && quotes.get(request.params.id)) ||
      notFound(request, reply, "quote"),
  );
};

export default correctionRoutes;
