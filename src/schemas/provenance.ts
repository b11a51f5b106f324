import { z } from "zod";

/** How a record was extracted: the same two fields on meetings, people and quotes. */
export const provenanceFields = {
  rule: z
    .string()
    .nullable()
    .describe(
      "The extraction rule that produced the record, e.g. `quote:after-named`; null when no rule did (entered by hand, or a party or organisation).",
    ),
  confidence: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe(
      "That rule's precision measured on the development corpus (0–1); null counts as 1 in `minConfidence` filters.",
    ),
};

/** `minConfidence`: lists keep records whose confidence is at least this (records without one count as 1). */
export const minConfidenceParam = z.coerce
  .number()
  .min(0)
  .max(1)
  .optional()
  .describe("Only records extracted with at least this confidence (0–1); records without one count as 1.")
  .meta({ examples: [0.8] });
