import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import type { Extraction } from "../extract/index.js";
import { meetingStatus } from "../schemas/meeting.js";

const meetingField = z.enum(["date", "endDate", "city", "country", "status"]);

/**
 * An errata file sits beside an article in `seeds/` (`NAME.errata.json`) and records editorial corrections of
 * what the extractor finds in that article: data reviewed by a person, never code.
 */
export const errataSchema = z.object({
  recordedAt: z.iso.datetime(),
  corrections: z
    .array(
      z.object({
        entity: z.literal("meeting"),
        match: z.object({ date: z.iso.date(), city: z.string().min(1) }),
        field: meetingField,
        value: z.string().nullable(),
        note: z.string().min(1),
      }),
    )
    .min(1),
});

export type Errata = z.infer<typeof errataSchema>;

export interface AppliedCorrection {
  meetingIndex: number;
  field: z.infer<typeof meetingField>;
  value: string | null;
  note: string;
}

/** Applies errata to an extraction; an erratum that matches nothing is reported, never silently dropped. */
export function applyErrata(
  extraction: Extraction,
  errata: Errata,
): { extraction: Extraction; applied: AppliedCorrection[] } {
  const meetings = extraction.meetings.map((m) => ({ ...m }));
  const warnings = [...extraction.warnings];
  const applied: AppliedCorrection[] = [];
  for (const correction of errata.corrections) {
    const index = meetings.findIndex(
      (m) => m.date === correction.match.date && m.city.toLowerCase() === correction.match.city.toLowerCase(),
    );
    const meeting = meetings[index];
    if (!meeting) {
      warnings.push(
        `erratum for the meeting of ${correction.match.date} in ${correction.match.city} matched no extracted meeting`,
      );
      continue;
    }
    if (correction.field === "status") {
      const status = meetingStatus.safeParse(correction.value).data;
      if (!status) continue;
      meeting.status = status;
    } else if (correction.field === "endDate") {
      meeting.endDate = correction.value;
    } else if (correction.value !== null) {
      meeting[correction.field] = correction.value;
    }
    applied.push({
      meetingIndex: index,
      field: correction.field,
      value: correction.value,
      note: correction.note,
    });
  }
  return { extraction: { ...extraction, meetings, warnings }, applied };
}

/** Where an article file's errata live: `NAME.errata.json` beside `NAME.txt`. */
export const errataPathFor = (articlePath: string): string =>
  join(dirname(articlePath), `${basename(articlePath, ".txt")}.errata.json`);

/** Reads the errata beside an article file, or null when it has none; an invalid file is an error naming it. */
export function readErrataFor(articlePath: string): Errata | null {
  const file = errataPathFor(articlePath);
  if (!articlePath.endsWith(".txt") || !existsSync(file)) return null;
  try {
    return errataSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    const detail =
      error instanceof z.ZodError
        ? error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(`invalid errata file ${file}: ${detail}`);
  }
}
