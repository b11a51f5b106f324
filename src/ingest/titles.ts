import type { ExtractedMeeting } from "../extract/index.js";

/**
 * A readable headline built from a meeting's facts: the convening organisations when there are any ("OSCE talks
 * in Vienna"), else the parties in alphabetical order ("Russia–United States talks in Geneva").
 */
export function meetingTitle(meeting: Pick<ExtractedMeeting, "parties" | "organizations" | "city">): string {
  const { parties, organizations, city } = meeting;
  const names = organizations.length > 0 ? organizations : [...parties].sort();
  return names.length > 0 ? `${names.join("–")} talks in ${city}` : `Talks in ${city}`;
}
