import type { CsvColumn } from "../../http/csv.js";
import type { Article } from "../../schemas/article.js";

export const articleCsvColumns: CsvColumn<Article>[] = [
  { header: "id", value: (a) => a.id },
  { header: "date", value: (a) => a.date },
  { header: "title", value: (a) => a.title },
  { header: "sha256", value: (a) => a.sha256 },
  { header: "source", value: (a) => a.source },
  { header: "extractor_version", value: (a) => a.extractorVersion },
  { header: "loaded_at", value: (a) => a.loadedAt },
];
