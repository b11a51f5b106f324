import { type CsvColumn, joinValues } from "../../http/csv.js";
import type { Meeting } from "../../schemas/meeting.js";

export const meetingCsvColumns: CsvColumn<Meeting>[] = [
  { header: "id", value: (m) => m.id },
  { header: "title", value: (m) => m.title },
  { header: "date", value: (m) => m.date },
  { header: "end_date", value: (m) => m.endDate },
  { header: "date_certainty", value: (m) => m.dateCertainty },
  { header: "city", value: (m) => m.city },
  { header: "country", value: (m) => m.country },
  { header: "status", value: (m) => m.status },
  { header: "organizations", value: (m) => joinValues(m.organizations) },
  { header: "parties", value: (m) => joinValues(m.parties) },
];
