import { z } from "zod";
import { correctionExample } from "./examples.js";

export const correctionSchema = z
  .object({
    field: z.string(),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
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
