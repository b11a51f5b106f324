import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { answerList } from "../../http/list.js";
import { jsonOrCsvList } from "../../schemas/list-params.js";
import { idParams } from "../../schemas/page.js";
import {
  participantDetailSchema,
  participantListQuery,
  participantListResponse,
} from "../../schemas/participant.js";
import { problemResponses } from "../../schemas/problem.js";
import { notFound } from "../not-found.js";
import { participantCsvColumns } from "./csv.js";

const participantRoutes: FastifyPluginAsyncZod = async (app) => {
  const participants = app.repositories.participants;
  app.get(
    "/participants",
    {
      schema: {
        operationId: "listParticipants",
        tags: ["participants"],
        summary: "List participants",
        description:
          "People, states and organisations, by name (then id). `Accept: text/csv` (or `format=csv`) streams " +
          "every match as CSV. The `Link` header carries the next page; `X-Total-Count` the number of matches.",
        querystring: participantListQuery,
        response: jsonOrCsvList("A page of participants.", participantListResponse),
      },
    },
    async (request, reply) =>
      answerList(request, reply, request.query, participants, {
        filename: "participants.csv",
        columns: participantCsvColumns,
      }),
  );

  app.get(
    "/participants/:id",
    {
      schema: {
        operationId: "getParticipant",
        tags: ["participants"],
        summary: "Get a participant",
        description:
          "A participant with the start of their timeline and of their quotes: the first 20 of each by date, as " +
          "the first pages of `/meetings?participant=ID` and `/quotes?speaker=ID`, which `allMeetings` and " +
          "`allQuotes` link with their totals (a state is in thousands of meetings).",
        params: idParams("sergey-ryabkov"),
        response: { 200: participantDetailSchema, 404: problemResponses[404] },
      },
    },
    async (request, reply) => participants.get(request.params.id) ?? notFound(request, reply, "participant"),
  );
};

export default participantRoutes;
