import type { CsvColumn } from "../../http/csv.js";
import type { Quote } from "../../schemas/quote.js";

export const quoteCsvColumns: CsvColumn<Quote>[] = [
  { header: "id", value: (q) => q.id },
  { header: "date", value: (q) => q.date },
  { header: "text", value: (q) => q.text },
  { header: "speaker_id", value: (q) => q.speaker?.id ?? null },
  { header: "speaker_name", value: (q) => q.speaker?.name ?? null },
  { header: "meeting_id", value: (q) => q.meetingId },
  { header: "article_id", value: (q) => q.articleId },
  { header: "start", value: (q) => q.start },
  { header: "end", value: (q) => q.end },
];
