import { z } from "zod";

/** Why an editor withdraws or merges a meeting: required, kept as provenance. */
const editorNote = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .describe("Why the meeting is withdrawn or merged: required, shown as provenance.");

export const withdrawalBody = z.strictObject({ note: editorNote }).meta({
  id: "MeetingWithdrawal",
  examples: [{ note: "No such meeting took place: the report misread a 2021 date." }],
});

export const mergeBody = z
  .strictObject({
    otherId: z
      .string()
      .min(1)
      .max(200)
      .describe("The meeting to merge into this one; its id will answer 301."),
    note: editorNote,
  })
  .meta({
    id: "MeetingMerge",
    examples: [{ otherId: "2022-01-11-geneva", note: "The same session, dated a day later by one outlet." }],
  });

export const withdrawnSchema = z
  .object({
    id: z.string(),
    withdrawn: z.literal(true),
    note: z.string(),
    time: z.string().describe("When the meeting was withdrawn (ISO 8601)."),
  })
  .meta({
    id: "WithdrawnMeeting",
    examples: [
      {
        id: "2022-01-09-geneva",
        withdrawn: true,
        note: "No such meeting took place: the report misread a 2021 date.",
        time: "2026-11-30T14:00:00.000Z",
      },
    ],
  });
