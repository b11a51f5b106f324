import { z } from "zod";
import { correctionExample } from "./examples.js";

export const correctionSchema = z
  .object({
    field: z.string(),
    value: z
      .union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])
      .describe("The corrected value: a list of names for a meeting's `parties` or `organizations`."),
    note: z.string().describe("Why the value was corrected."),
    source: z.string().describe("Where the correction comes from, e.g. an errata file in `seeds/`."),
    time: z.string().describe("When the correction was recorded (ISO 8601)."),
  })
  .meta({
    id: "Correction",
    examples: [correctionExample],
    description: "An editorial correction that wins over the extracted value.",
  });

export type Correction = z.infer<typeof correctionSchema>;

const note = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .describe("Why the correction is made: required, shown as provenance.");

/**
 * The body of a `PATCH /<resource>s/:id` correction: a note and at least one of the resource's fields. Each
 * resource declares its own next to its record (meeting.ts, participant.ts, quote.ts).
 */
export function correctionBody<T extends z.ZodRawShape>(
  id: string,
  fields: T,
  example: Record<string, unknown>,
) {
  return z
    .strictObject({ note, ...fields })
    .refine((body) => Object.keys(body).some((key) => key !== "note"), {
      message: "give at least one field to correct besides note",
    })
    .meta({ id, examples: [example] });
}
