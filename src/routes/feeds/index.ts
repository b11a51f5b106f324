import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { meetingsToIcal } from "../../formats/ical.js";
import { meetingsToTimelineJs } from "../../formats/timelinejs.js";
import { baseUrl } from "../../http/base-url.js";
import { problemResponses } from "../../schemas/problem.js";
import { meetingFilterQuery } from "../meetings/schemas.js";

const timelineJsSchema = z
  .object({
    title: z.object({ text: z.object({ headline: z.string(), text: z.string() }) }),
    events: z.array(
      z.object({
        unique_id: z.string(),
        start_date: z.object({
          year: z.number().int(),
          month: z.number().int().optional(),
          day: z.number().int().optional(),
        }),
        end_date: z
          .object({
            year: z.number().int(),
            month: z.number().int().optional(),
            day: z.number().int().optional(),
          })
          .optional(),
        text: z.object({ headline: z.string(), text: z.string() }),
        group: z.string(),
      }),
    ),
  })
  .meta({
    id: "TimelineJs",
    description: "A TimelineJS 3 JSON document.",
    examples: [
      {
        title: {
          text: { headline: "Diplomatic talks timeline", text: "Meetings extracted from news articles" },
        },
        events: [
          {
            unique_id: "2022-01-10-geneva",
            start_date: { year: 2022, month: 1, day: 10 },
            text: { headline: "Russia–United States talks in Geneva", text: "Geneva, Switzerland — held" },
            group: "Switzerland",
          },
        ],
      },
    ],
  });

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
          "Every meeting matching the filters (the same as `/meetings`) as all-day events (RFC 5545), for " +
          "calendar apps to subscribe to. Event UIDs are stable: `MEETING_ID@diplomatic-talks-timeline`.",
        querystring: meetingFilterQuery,
        response: {
          200: {
            description: "The calendar.",
            content: {
              "text/calendar": {
                schema: z.string().meta({
                  description: "RFC 5545 iCalendar.",
                  examples: ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…\r\nEND:VCALENDAR\r\n"],
                }),
              },
            },
          },
          400: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const stamp = new Date(meta.lastLoadAt() ?? 0);
      const events = [...meetings.all(request.query)].map((m) => ({
        ...m,
        sources: meetings.related.sources(m.id),
      }));
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
          "Every meeting matching the filters (the same as `/meetings`) as a TimelineJS 3 document: pass the URL " +
          "to `new TL.Timeline(element, url)` unchanged.",
        querystring: meetingFilterQuery,
        response: { 200: timelineJsSchema, 400: problemResponses[400] },
      },
    },
    async (request) => meetingsToTimelineJs(meetings.all(request.query)),
  );
};

export default feedRoutes;
