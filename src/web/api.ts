// The page's client of the public API: same origin, JSON in, problem details on error. Response types come from
// the OpenAPI document (`npm run client:types`), so the page depends on the published contract, not the server's code.
import type { components } from "../client/api-types.js";
import { type Filters, filtersToSearch } from "./url-state.js";

type Schemas = components["schemas"];
export type Meeting = Schemas["MeetingListItem"];
export type MeetingDetail = Schemas["MeetingDetail"];
export type MeetingList = Schemas["MeetingList"];
export type ArticleDetail = Schemas["ArticleDetail"];
export type ParticipantDetail = Schemas["ParticipantDetail"];
export type ParticipantList = Schemas["ParticipantList"];
export type Quote = Schemas["Quote"];
export type Problem = Schemas["Problem"];

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("The API could not be reached. Check your connection and try again.", 0);
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = (await response.json()) as Partial<Problem>;
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // Not a problem document: keep the status line.
    }
    throw new ApiError(detail, response.status);
  }
  return (await response.json()) as T;
}

export function listMeetings(
  filters: Filters,
  cursor: string | null,
  signal?: AbortSignal,
  limit = 50,
): Promise<MeetingList> {
  const params = new URLSearchParams(filtersToSearch(filters));
  params.set("limit", String(limit));
  if (cursor) params.set("cursor", cursor);
  return getJson(`/meetings?${params}`, signal);
}

/** The overview draws one marker per meeting up to this many; beyond, counts per period. */
export const overviewMarkerLimit = 1000;

export type OverviewData =
  | { kind: "meetings"; meetings: Meeting[] }
  | { kind: "counts"; total: number; byStatus: { status: Meeting["status"]; buckets: Bucket[] }[] };
export type Bucket = { period: string; count: number };

const meetingStatuses: Meeting["status"][] = ["held", "scheduled", "postponed", "cancelled"];

/**
 * What the overview needs for these filters: every meeting in date order when there are at most
 * `overviewMarkerLimit` (pages of 100), else the monthly counts of each status (one request per status).
 */
export async function loadOverviewData(filters: Filters, signal?: AbortSignal): Promise<OverviewData> {
  const inDateOrder = { ...filters, sort: "date" };
  const params = new URLSearchParams(filtersToSearch(inDateOrder));
  params.set("limit", "100");
  let page: MeetingList = await getJson(`/meetings?${params}`, signal);
  const total = page.page.total ?? Number.POSITIVE_INFINITY;
  if (page.page.next === null || total <= overviewMarkerLimit) {
    const meetings = [...page.data];
    params.set("count", "false");
    while (page.page.next && meetings.length < overviewMarkerLimit) {
      params.set("cursor", page.page.next);
      page = await getJson(`/meetings?${params}`, signal);
      meetings.push(...page.data);
    }
    return { kind: "meetings", meetings };
  }
  const statuses = filters.status ? [filters.status as Meeting["status"]] : meetingStatuses;
  const byStatus = await Promise.all(
    statuses.map(async (status) => {
      const counts = new URLSearchParams(filtersToSearch({ ...inDateOrder, status }));
      counts.set("limit", "1");
      counts.set("count", "false");
      counts.set("histogram", "month");
      const answer: MeetingList = await getJson(`/meetings?${counts}`, signal);
      return { status, buckets: answer.histogram?.buckets ?? [] };
    }),
  );
  return { kind: "counts", total, byStatus };
}

export function getMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return getJson(`/meetings/${encodeURIComponent(id)}`, signal);
}

export function getArticle(id: string, signal?: AbortSignal): Promise<ArticleDetail> {
  return getJson(`/articles/${encodeURIComponent(id)}`, signal);
}

export function getParticipant(id: string, signal?: AbortSignal): Promise<ParticipantDetail> {
  return getJson(`/participants/${encodeURIComponent(id)}`, signal);
}

export function getQuote(id: string, signal?: AbortSignal): Promise<Quote> {
  return getJson(`/quotes/${encodeURIComponent(id)}`, signal);
}

/** Every organisation the API knows, by name (a few pages at most). */
export async function listOrganizations(): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 5; page++) {
    const params = new URLSearchParams({ kind: "organization", limit: "100" });
    if (cursor) params.set("cursor", cursor);
    const result: ParticipantList = await getJson(`/participants?${params}`);
    names.push(...result.data.map((participant) => participant.name));
    cursor = result.page.next;
    if (!cursor) break;
  }
  return names;
}
