/** The tables that hold the timeline itself: what exports offer and what tests compare between databases. */
export const timelineTables = [
  "articles",
  "meetings",
  "participants",
  "meeting_participants",
  "quotes",
  "evidence",
  "corrections",
] as const;

export type TimelineTable = (typeof timelineTables)[number];
