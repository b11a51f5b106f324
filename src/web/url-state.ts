// What the page's URL holds: the list's filters in the query string, the open meeting and article span in the
// fragment. A shared link restores both; anything malformed is dropped rather than sent to the API.

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
    status: ["held", "scheduled", "postponed", "cancelled"].includes(status) ? status : "",
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

export function sameFilters(a: Filters, b: Filters): boolean {
  return filterNames.every((name) => a[name] === b[name]);
}

/** What the fragment selects: an open meeting and, optionally, a span of an article to highlight. */
export interface Selection {
  meeting: string | null;
  article: string | null;
  start: number | null;
  end: number | null;
}

export function readSelection(): Selection {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const offset = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  };
  return {
    meeting: params.get("meeting"),
    article: params.get("article"),
    start: offset("start"),
    end: offset("end"),
  };
}

export function selectionHash(selection: Partial<Selection>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(selection)) {
    if (value !== null && value !== undefined && value !== "") params.set(name, String(value));
  }
  const hash = params.toString();
  return hash ? `#${hash}` : "";
}

export function pageUrl(filters: Filters, hash = location.hash): string {
  const search = filtersToSearch(filters);
  return `${location.pathname}${search ? `?${search}` : ""}${hash}`;
}
