import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { meetingJsonLd, meetingListJsonLd } from "../../formats/jsonld.js";
import { baseUrl } from "../../http/base-url.js";
import { sendCsv } from "../../http/csv.js";
import { listTotal, pageTotal, setPageHeaders } from "../../http/list.js";
import { representation } from "../../http/negotiate.js";
import { problemTypes, sendProblem } from "../../http/problem.js";
import { csvBody } from "../../schemas/list-params.js";
import { jsonLdSchema, meetingDetailSchema, meetingMovedResponse } from "../../schemas/meeting.js";
import { meetingListQuery, meetingListResponse } from "../../schemas/meeting-list.js";
import { idParams } from "../../schemas/page.js";
import { problemResponses } from "../../schemas/problem.js";
import { notFound } from "../not-found.js";
import { meetingCsvColumns } from "./csv.js";

const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const meetings = app.repositories.meetings;

  app.get(
    "/meetings",
    {
      schema: {
        operationId: "listMeetings",
        tags: ["meetings"],
        summary: "List meetings",
        description:
          "Meetings by date (then id), filtered by every parameter given (they combine with AND). " +
          "`Accept: text/csv` (or `format=csv`) streams every matching meeting as CSV; " +
          "`Accept: application/ld+json` (or `format=jsonld`) gives the page as a schema.org ItemList of Events. " +
          "The `Link` header carries the next page; `X-Total-Count` the number of matching meetings.",
        querystring: meetingListQuery,
        response: {
          200: {
            description: "A page of meetings.",
            content: {
              "application/json": { schema: meetingListResponse },
              "text/csv": { schema: csvBody },
              "application/ld+json": { schema: jsonLdSchema },
            },
          },
          400: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const format = representation(request, ["json", "csv", "jsonld"], query.format);
      if (format === "csv") return sendCsv(reply, "meetings.csv", meetingCsvColumns, meetings.all(query));
      const { rows, next } = meetings.list(query);
      const conditions = meetings.conditions(query);
      const total = listTotal(request, query, { rows, next }, () => meetings.total(query));
      setPageHeaders(request, reply, next, total);
      if (format === "jsonld") {
        return reply.type("application/ld+json").send(meetingListJsonLd(rows, baseUrl(request)));
      }
      const include = new Set(query.include ?? []);
      const data = include.size
        ? rows.map((m) => ({
            ...m,
            ...(include.has("participants") ? { participants: meetings.related.participants(m.id) } : {}),
            ...(include.has("quotes") ? { quotes: meetings.related.quotes(m.id) } : {}),
            ...(include.has("sources") ? { sources: meetings.related.sources(m.id) } : {}),
            ...(include.has("disputes") ? { disputes: meetings.related.disputes(m) } : {}),
          }))
        : rows;
      return {
        data,
        page: { limit: query.limit, next, ...pageTotal(total) },
        ...(query.facet?.length ? { facets: meetings.facets(conditions, query.facet) } : {}),
        ...(query.histogram
          ? {
              histogram: {
                interval: query.histogram,
                buckets: meetings.histogram(conditions, query.histogram),
              },
            }
          : {}),
      };
    },
  );

  app.get(
    "/meetings/:id",
    {
      schema: {
        operationId: "getMeeting",
        tags: ["meetings"],
        summary: "Get a meeting",
        description:
          "A meeting with its participants, quotes, sources (supporting sentences) and corrections. " +
          "`Accept: application/ld+json` gives a schema.org Event.",
        params: idParams("2022-01-10-geneva"),
        response: {
          200: {
            description: "The meeting.",
            content: {
              "application/json": { schema: meetingDetailSchema },
              "application/ld+json": { schema: jsonLdSchema },
            },
          },
          301: meetingMovedResponse,
          404: problemResponses[404],
          410: problemResponses[410],
        },
      },
    },
    async (request, reply) => {
      const meeting = meetings.get(request.params.id);
      if (!meeting) {
        const withdrawal = app.repositories.meetingActs.withdrawal(request.params.id);
        if (withdrawal) {
          return sendProblem(request, reply, {
            type: problemTypes.withdrawn,
            title: "Gone",
            status: 410,
            detail: `The meeting "${request.params.id}" was withdrawn by an editor: ${withdrawal.note}`,
          });
        }
        // A meeting merged into another answers with the survivor, so links and bookmarks keep working.
        const survivor = app.repositories.changes.survivorOf(request.params.id);
        if (survivor) {
          return reply
            .code(301)
            .header("location", `/meetings/${encodeURIComponent(survivor)}`)
            .send(undefined);
        }
        return notFound(request, reply, "meeting");
      }
      if (representation(request, ["json", "jsonld"]) === "jsonld") {
        return reply.type("application/ld+json").send(meetingJsonLd(meeting, baseUrl(request)));
      }
      return meeting;
    },
  );
};

export default meetingRoutes;
