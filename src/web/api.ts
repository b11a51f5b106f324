// The page's client of the public API: same origin, JSON in, problem details on error.
import type { ArticleDetail } from "../schemas/article.js";
import type { Meeting, MeetingDetail } from "../schemas/meeting.js";
import type { Participant } from "../schemas/participant.js";

export type { ArticleDetail, Meeting, MeetingDetail, Participant };

export interface ListPage<T> {
  data: T[];
  page: { limit: number; next: string | null };
}

/** The filters of the timeline, as named in both the page's URL and the API's query string. */
export interface Filters {
  q: string;
  from: string;
  to: string;
  organization: string;
  status: string;
  sort: string;
}

export const filterNames = [
  "q",
  "from",
  "to",
  "organization",
  "status",
  "sort",
] as const satisfies readonly (keyof Filters)[];

export const emptyFilters: Filters = { q: "", from: "", to: "", organization: "", status: "", sort: "date" };

/** Reads the filters from a query string, keeping only well-formed values. */
export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  const value = (name: keyof Filters) => (params.get(name) ?? "").trim().slice(0, 200);
  const date = (name: "from" | "to") => (/^\d{4}-\d{2}-\d{2}$/.test(value(name)) ? value(name) : "");
  const status = value("status");
  return {
    q: value("q"),
    from: date("from"),
    to: date("to"),
    organization: value("organization"),
    status: status === "held" || status === "scheduled" ? status : "",
    sort: value("sort") === "-date" ? "-date" : "date",
  };
}

/** The query string of the filters that are set (the default sort is left out), without a leading `?`. */
export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value && !(name === "sort" && value === "date")) params.set(name, value);
  }
  return params.toString();
}

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
      const problem = (await response.json()) as { title?: string; detail?: string };
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
): Promise<ListPage<Meeting>> {
  const params = new URLSearchParams(filtersToSearch(filters));
  params.set("limit", "50");
  if (cursor) params.set("cursor", cursor);
  return getJson(`/meetings?${params}`, signal);
}

export function getMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return getJson(`/meetings/${encodeURIComponent(id)}`, signal);
}

export function getArticle(id: string, signal?: AbortSignal): Promise<ArticleDetail> {
  return getJson(`/articles/${encodeURIComponent(id)}`, signal);
}

/** Every organisation the API knows, by name (a few pages at most). */
export async function listOrganizations(): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 5; page++) {
    const params = new URLSearchParams({ kind: "organization", limit: "100" });
    if (cursor) params.set("cursor", cursor);
    const result: ListPage<Participant> = await getJson(`/participants?${params}`);
    names.push(...result.data.map((participant) => participant.name));
    cursor = result.page.next;
    if (!cursor) break;
  }
  return names;
}
