import { type Dateline, findDateline } from "./dateline.js";
import { type ArticleHeader, parseHeader } from "./header.js";
import { type Block, splitParagraphs } from "./paragraphs.js";
import { type DayRepair, repairParagraphs } from "./repair.js";
import { type Sentence, splitSentences } from "./sentences.js";

/** The article split into header, repaired blocks and sentences; all offsets index the original text. */
export interface ArticleDocument {
  text: string;
  /** Same length as `text`; repaired paragraph breaks are blanked to spaces and guillemets read as “ ”. */
  work: string;
  header: ArticleHeader;
  /** `GENEVA (AP) —`: where a wire report was filed, often (not always) the venue. */
  dateline: Dateline | null;
  blocks: Block[];
  sentences: Sentence[];
  dayRepairs: DayRepair[];
  warnings: string[];
}

export function readDocument(text: string): ArticleDocument {
  const header = parseHeader(text);
  const paragraphs = splitParagraphs(text, header.bodyStart);
  const repaired = repairParagraphs(text, paragraphs);
  const { blocks, dayRepairs, warnings } = repaired;
  // «Guillemets» (agencies writing from Russian, French or Spanish) are quotation marks like “these”; one character
  // for one, so offsets hold.
  const work = repaired.work.replace(/«/g, "“").replace(/»/g, "”");
  const sentences = splitSentences(work, blocks);
  const dateline = findDateline(text, paragraphs);
  return { text, work, header, dateline, blocks, sentences, dayRepairs, warnings };
}
