import { z } from "zod";
import type { CsvColumn } from "../../http/csv.js";
import { pageExample, participantExample } from "../../schemas/examples.js";
import { listParams } from "../../schemas/list-params.js";
import { pageSchema } from "../../schemas/page.js";
import { type Participant, participantKind, participantSchema } from "../../schemas/participant.js";
import { minConfidenceParam } from "../../schemas/provenance.js";
import { searchParam } from "../../schemas/query.js";

export const participantListQuery = z.object({
  kind: participantKind
    .optional()
    .describe("`person`, `state` or `organization`.")
    .meta({ examples: ["person"] }),
  affiliation: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("The state or organisation a person speaks for, ignoring case.")
    .meta({ examples: ["Russia"] }),
  q: searchParam
    .describe("Full-text search over names, roles and affiliations.")
    .meta({ examples: ["minister"] }),
  minConfidence: minConfidenceParam,
  ...listParams,
});

export const participantListResponse = z
  .object({ data: z.array(participantSchema), page: pageSchema })
  .meta({ id: "ParticipantList", examples: [{ data: [participantExample], page: pageExample }] });

export const participantCsvColumns: CsvColumn<Participant>[] = [
  { header: "id", value: (p) => p.id },
  { header: "name", value: (p) => p.name },
  { header: "kind", value: (p) => p.kind },
  { header: "role", value: (p) => p.role },
  { header: "affiliation", value: (p) => p.affiliation },
];
