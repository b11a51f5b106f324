import { z } from "zod";

export const timelineJsSchema = z
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

export const icalBody = z.string().meta({
  description: "RFC 5545 iCalendar.",
  examples: ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…\r\nEND:VCALENDAR\r\n"],
});
