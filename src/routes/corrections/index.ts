import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ZodType } from "zod";
import { type CorrectableEntity, correctRecord } from "../../ingest/correct.js";
import { meetingCorrection, meetingDetailSchema } from "../../schemas/meeting.js";
import { idParams } from "../../schemas/page.js";
import { participantCorrection, participantDetailSchema } from "../../schemas/participant.js";
import { problemResponses, writeProblems } from "../../schemas/problem.js";
import { quoteCorrection, quoteDetailSchema } from "../../schemas/quote.js";
import { notFound } from "../not-found.js";
import type { WriteRouteOptions } from "../write-options.js";

/** The options of one PATCH route; generic so each route keeps its own body and detail types. */
function correctionRoute<Body extends ZodType, Detail extends ZodType>(
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
    { note, ...values }: { note: string } & Record<string, string | string[] | null | undefined>,
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
