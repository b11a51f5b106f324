import type { Span } from "../types.js";
import type { Block } from "./paragraphs.js";

/** A month name left without its day by a paragraph break; `day` is the number that was split off. */
export interface DayRepair {
  month: Span;
  day: number;
}

export interface RepairResult {
  blocks: Block[];
  /** Copy of the text, same length, with repaired paragraph breaks blanked to spaces. */
  work: string;
  dayRepairs: DayRepair[];
  warnings: string[];
}

const MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?/g;
// A paragraph opening with a bare day number that continues a sentence: "12 and on …", "13 will determine …".
const DAY_FRAGMENT = /^([1-9]|[12]\d|3[01])(?=\s+(?:and\b|or\b|[a-z]))/;
const TERMINAL = /[.!?:”"’)\]]$/;

/** Joins paragraphs split mid-sentence or mid-date and reports each repair. */
export function repairParagraphs(text: string, paragraphs: Span[]): RepairResult {
  const blocks: Block[] = [];
  const dayRepairs: DayRepair[] = [];
  const warnings: string[] = [];
  const chars = text.split("");
  for (const para of paragraphs) {
    const prev = blocks[blocks.length - 1];
    const head = text.slice(para.start, para.end);
    const dayMatch = DAY_FRAGMENT.exec(head);
    const prevText = prev ? text.slice(prev.start, prev.end) : "";
    const midSentence = prev !== undefined && !TERMINAL.test(prevText) && /^[a-z]/.test(head);
    // A digit-led paragraph is a split-off day only in a date context (style guides spell out sentence-initial numbers).
    const dayFragment = dayMatch !== null && monthIn(prevText);
    if (!prev || (!dayFragment && !midSentence)) {
      blocks.push({ start: para.start, end: para.end, parts: [para] });
      continue;
    }
    for (let i = prev.end; i < para.start; i++) chars[i] = " ";
    prev.end = para.end;
    prev.parts.push(para);
    if (dayFragment && dayMatch?.[1]) {
      const day = Number(dayMatch[1]);
      const last = prev.parts[prev.parts.length - 2] ?? prev;
      const month = findDaylessMonth(text.slice(last.start, last.end), last.start);
      let note = `repaired paragraph break at offset ${para.start}: day number "${day}" split from its sentence was joined to the previous paragraph`;
      if (month) {
        dayRepairs.push({ month, day });
        note += `; "${text.slice(month.start, month.end)}" at offset ${month.start} takes day ${day}`;
      }
      warnings.push(note);
    } else {
      warnings.push(
        `repaired paragraph break at offset ${para.start}: sentence continued in the next paragraph`,
      );
    }
  }
  return { blocks, work: chars.join(""), dayRepairs, warnings };
}

const monthIn = (paragraph: string): boolean => {
  MONTH.lastIndex = 0;
  return MONTH.test(paragraph);
};

/** The last month name in a paragraph with no day number beside it ("on January, according to …"). */
function findDaylessMonth(paragraph: string, offset: number): Span | null {
  let found: Span | null = null;
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(paragraph); m; m = MONTH.exec(paragraph)) {
    const before = paragraph.slice(Math.max(0, m.index - 4), m.index);
    const after = paragraph.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (/\d\s*$/.test(before) || /^\s*\d/.test(after)) continue;
    found = { start: offset + m.index, end: offset + m.index + m[0].length };
  }
  return found;
}
