import type { CsvColumn } from "../../http/csv.js";
import type { Participant } from "../../schemas/participant.js";

export const participantCsvColumns: CsvColumn<Participant>[] = [
  { header: "id", value: (p) => p.id },
  { header: "name", value: (p) => p.name },
  { header: "kind", value: (p) => p.kind },
  { header: "role", value: (p) => p.role },
  { header: "affiliation", value: (p) => p.affiliation },
];
