import { z } from "zod";
import { cityKeys } from "../places/city-names.js";
import { meetingExample, pageExample } from "./examples.js";
import { updatedSinceParam } from "./list-params.js";
import { disputeSchema, meetingSchema, meetingStatus, sourceSchema } from "./meeting.js";
import { cursorParam, isoDate, limitParam, pageSchema } from "./page.js";
import { participantSchema, participationSchema } from "./participant.js";
import { minConfidenceParam } from "./provenance.js";
import { commaList, countParam, searchParam } from "./query.js";
import { quoteSchema } from "./quote.js";

/** `GET /meetings`: its filters (shared with the feeds), paging, embedding, facets and histogram. */
const filters = {
  from: isoDate
    .optional()
    .describe("Only meetings whose date span ends on or after this day.")
    .meta({ examples: ["2022-01-01"] }),
  to: isoDate
    .optional()
    .describe("Only meetings whose date span starts on or before this day.")
    .meta({ examples: ["2022-01-31"] }),
  city: z
    .string()
    .min(1)
    .max(200)
    .meta({ examples: ["geneve"] })
    // Every name of the city (GeoNames' alternate names): Genf and Genève find Geneva.
    .transform(cityKeys)
    .optional()
    .describe("Venue city by any of its names (Genève, Genf, Geneva), ignoring case and accents."),
  country: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("Venue country, ignoring case and accents.")
    .meta({ examples: ["Switzerland"] }),
  organization: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("Convening organisation, by name or id.")
    .meta({ examples: ["OSCE"] }),
  participant: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("A participant id.")
    .meta({ examples: ["sergey-ryabkov"] }),
  status: meetingStatus
    .optional()
    .describe("`held`, `scheduled`, `postponed` or `cancelled`.")
    .meta({ examples: ["held"] }),
  q: searchParam
    .describe('Full-text search over titles, venues and supporting sentences; `"phrase"` for a phrase.')
    .meta({ examples: ['"security guarantees"'] }),
  updatedSince: updatedSinceParam,
  minConfidence: minConfidenceParam,
  minSources: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe("Only meetings reported by at least this many articles (corroborated events).")
    .meta({ examples: [2] }),
  sort: z
    .enum(["date", "-date"])
    .default("date")
    .describe("`date` (oldest first) or `-date` (newest first)."),
};

/** The filters of `/meetings`, shared by the calendar feed and the TimelineJS document. */
export const meetingFilterQuery = z.object(filters);

/**
 * Events per feed document (a calendar, a TimelineJS document) by default and at most: a page bounds what one
 * request costs, as the lists' `limit` does.
 */
export const calendarLimits = { default: 100, max: 500 } as const;

/** The filters of `/meetings` and a page of events, `document` naming what one page is ("calendar"). */
const feedPageQuery = (document: string) =>
  meetingFilterQuery.extend({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(calendarLimits.max)
      .default(calendarLimits.default)
      .describe(
        `Events per ${document}, 1–${calendarLimits.max} (default ${calendarLimits.default}); the \`Link\` header names the next page.`,
      )
      .meta({ examples: [calendarLimits.default] }),
    cursor: cursorParam.describe(
      `Opaque cursor from the \`Link: <…>; rel="next"\` header of the previous ${document}.`,
    ),
  });

/** `GET /meetings.ics`: the filters of `/meetings` and a page of events. */
export const calendarQuery = feedPageQuery("calendar");

/** `GET /timeline.json`: the same, a TimelineJS document being the page. */
export const timelineQuery = feedPageQuery("document");

export const meetingListQuery = z.object({
  ...filters,
  limit: limitParam,
  cursor: cursorParam,
  include: commaList(["participants", "quotes", "sources", "disputes"])
    .describe(
      "Related records to embed in each meeting: `participants`, `quotes`, `sources`, `disputes` (comma-separated).",
    )
    .meta({ examples: ["participants,quotes"] }),
  facet: commaList(["city", "country", "organization", "status"])
    .describe(
      "Add counts per value of these fields over all matching meetings: `city`, `country`, `organization`, `status`.",
    )
    .meta({ examples: ["country,status"] }),
  histogram: z
    .enum(["month", "year"])
    .optional()
    .describe("Add the number of matching meetings per month or year."),
  count: countParam,
  format: z
    .enum(["json", "csv", "jsonld"])
    .optional()
    .describe(
      "Response format, for links where the Accept header cannot be set: `json`, `csv` (every matching meeting) or `jsonld` (schema.org).",
    ),
});

const facetValues = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const meetingListItem = meetingSchema
  .extend({
    participants: z.array(participantSchema.extend({ as: z.array(participationSchema) })).optional(),
    quotes: z.array(quoteSchema).optional(),
    sources: z.array(sourceSchema).optional(),
    disputes: z.array(disputeSchema).optional(),
  })
  .meta({
    id: "MeetingListItem",
    description: "A meeting, with the related records asked for by `include`.",
    examples: [meetingExample],
  });

export const meetingListResponse = z
  .object({
    data: z.array(meetingListItem),
    page: pageSchema,
    facets: z
      .object({ city: facetValues, country: facetValues, organization: facetValues, status: facetValues })
      .partial()
      .optional()
      .describe("Counts per value over all matching meetings, for each `facet` asked for."),
    histogram: z
      .object({
        interval: z.enum(["month", "year"]),
        buckets: z.array(
          z.object({ period: z.string().describe("`YYYY-MM` or `YYYY`."), count: z.number().int() }),
        ),
      })
      .optional()
      .describe("Matching meetings per period, ordered by date."),
  })
  .meta({
    id: "MeetingList",
    examples: [
      {
        data: [meetingExample],
        page: pageExample,
        facets: { status: [{ value: "held", count: 1 }] },
        histogram: { interval: "month", buckets: [{ period: "2022-01", count: 1 }] },
      },
    ],
  });
