import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { mergeMeetings, withdrawMeeting } from "../../ingest/meeting-acts.js";
import { meetingDetailSchema } from "../../schemas/meeting.js";
import { mergeBody, withdrawalBody, withdrawnSchema } from "../../schemas/meeting-acts.js";
import { idParams } from "../../schemas/page.js";
import { problemResponses, writeProblems } from "../../schemas/problem.js";
import { notFound } from "../not-found.js";
import type { WriteRouteOptions } from "../write-options.js";

const lasting =
  "It is stored apart from the extracted facts and outlives deleting and posting again the reports, re-seeding " +
  "and restarts; `/changes` lists it. Needs `Authorization: Bearer <API_TOKEN>`.";

/** An editor's acts on whole meetings: withdrawing an invented one, merging two that are one. */
const meetingActRoutes: FastifyPluginAsyncZod<WriteRouteOptions> = async (app, options) => {
  const write = { preParsing: options.requireToken, config: { rateLimit: options.rateLimit } };

  app.post(
    "/meetings/:id/withdraw",
    {
      ...write,
      schema: {
        operationId: "withdrawMeeting",
        tags: ["meetings"],
        summary: "Withdraw an invented meeting",
        description:
          "Takes a meeting out of every list, feed and export; its id answers `410 Gone` with the note, and a " +
          `report of the same place and days posted again creates nothing. ${lasting}`,
        security: [{ bearerAuth: [] }],
        params: idParams("2022-01-10-geneva"),
        body: withdrawalBody,
        response: {
          200: withdrawnSchema,
          ...writeProblems,
          404: problemResponses[404],
          415: problemResponses[415],
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!withdrawMeeting(app.db, id, request.body.note)) return notFound(request, reply, "meeting");
      const act = app.repositories.meetingActs.withdrawal(id);
      return act ? { id, withdrawn: true as const, ...act } : notFound(request, reply, "meeting");
    },
  );

  app.post(
    "/meetings/:id/merge",
    {
      ...write,
      schema: {
        operationId: "mergeMeeting",
        tags: ["meetings"],
        summary: "Merge another meeting into this one",
        description:
          "The other meeting's reports, sources, people and quotes move to this one, its id answers `301` " +
          "with this one's `Location`, and its reports posted again join this one; the note is listed in " +
          `\`corrections[]\` (field \`mergedFrom\`). An unknown \`otherId\` answers 400. ${lasting}`,
        security: [{ bearerAuth: [] }],
        params: idParams("2022-01-10-geneva"),
        body: mergeBody,
        response: {
          200: meetingDetailSchema,
          ...writeProblems,
          404: problemResponses[404],
          415: problemResponses[415],
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!mergeMeetings(app.db, id, request.body.otherId, request.body.note)) {
        return notFound(request, reply, "meeting");
      }
      return app.repositories.meetings.get(id) ?? notFound(request, reply, "meeting");
    },
  );
};

export default meetingActRoutes;
