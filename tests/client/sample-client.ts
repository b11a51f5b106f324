import type { components, paths } from "../../src/client/api-types.js";

type MeetingList = paths["/meetings"]["get"]["responses"][200]["content"]["application/json"];
type MeetingQuery = NonNullable<paths["/meetings"]["get"]["parameters"]["query"]>;
export type Meeting = components["schemas"]["MeetingListItem"];

/** A typed client of the kind a frontend writes against the generated types: it must compile. */
export async function upcomingMeetings(baseUrl: string, query: MeetingQuery = {}): Promise<string[]> {
  const params = new URLSearchParams(
    Object.entries({ status: "scheduled", ...query }).map(([k, v]) => [k, String(v)] as [string, string]),
  );
  const response = await fetch(`${baseUrl}/meetings?${params}`);
  const list = (await response.json()) as MeetingList;
  return list.data.map((m) => `${m.date} ${m.city}, ${m.country}: ${m.title} (${m.status})`);
}
