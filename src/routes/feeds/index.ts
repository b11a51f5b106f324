import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { meetingsToIcal } from "../../formats/ical.js";
import { meetingsToTimelineJs } from "../../formats/timelinejs.js";
import { baseUrl } from "../../http/base-url.js";
import { setPageHeaders } from "../../http/list.js";
import { icalBody, timelineJsSchema } from "../../schemas/feed.js";
import { calendarLimits, calendarQuery, timelineQuery } from "../../schemas/meeting-list.js";
import { problemResponses } from "../../schemas/problem.js";

const feedRoutes: FastifyPluginAsyncZod = async (app) => {
  const { meetings, meta } = app.repositories;

  app.get(
    "/meetings.ics",
    {
      schema: {
        operationId: "getMeetingCalendar",
        tags: ["feeds"],
        summary: "Meetings as an iCalendar feed",
        description:
          "The meetings matching the filters (the same as `/meetings`) as all-day events (RFC 5545), for " +
          "calendar apps to subscribe to. Event UIDs are stable: `MEETING_ID@diplomatic-talks-timeline`. " +
          `A calendar holds at most \`limit\` events (default ${calendarLimits.default}, at most ${calendarLimits.max}), ` +
          'in `sort` order; when more match, the `Link: <…>; rel="next"` header is the URL of the next ones. ' +
          "Subscribe with `sort=-date` for the latest meetings, or with `from` for those from a day on.",
        querystring: calendarQuery,
        response: {
          200: {
            description: "The calendar: a page of at most `limit` events.",
            content: {
              "text/calendar": { schema: icalBody },
            },
          },
          400: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const stamp = new Date(meta.lastLoadAt() ?? 0);
      const { rows: events, next } = meetings.calendar(request.query);
      setPageHeaders(request, reply, next, undefined);
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", 'inline; filename="meetings.ics"')
        .send(meetingsToIcal(events, { baseUrl: baseUrl(request), stamp }));
    },
  );

  app.get(
    "/timeline.json",
    {
      schema: {
        operationId: "getTimelineJs",
        tags: ["feeds"],
        summary: "Meetings in TimelineJS format",
        description:
          "The meetings matching the filters (the same as `/meetings`) as a TimelineJS 3 document: pass the URL " +
          "to `new TL.Timeline(element, url)` unchanged. " +
          `A document holds at most \`limit\` events (default ${calendarLimits.default}, at most ${calendarLimits.max}), ` +
          'in `sort` order; when more match, the `Link: <…>; rel="next"` header is the URL of the next ones. ' +
          "Narrow it with `from` and `to` for a stretch of time.",
        querystring: timelineQuery,
        response: { 200: timelineJsSchema, 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      const { rows, next } = meetings.list(request.query);
      setPageHeaders(request, reply, next, undefined);
      return meetingsToTimelineJs(rows);
    },
  );
};

export default feedRoutes;
