import type { Span } from "../types.js";
import type { Block } from "./paragraphs.js";

export interface Sentence extends Span {
  block: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "col",
  "lt",
  "sgt",
  "prof",
  "sen",
  "rep",
  "gov",
  "no",
  "vs",
  "hon",
  "rt",
  "amb",
  "adm",
  "maj",
  "capt",
  "brig",
  "cdr",
  "cmdr",
  "rev",
  "messrs",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** Splits each block at . ! ? (optionally followed by a closing quote) before a capital letter or an opening quote. */
export function splitSentences(work: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?]+[”"’)]?(?=\s+[“"‘(]?\p{Lu})/gu;
  blocks.forEach((block, index) => {
    const text = work.slice(block.start, block.end);
    let cursor = 0;
    boundary.lastIndex = 0;
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
      if (isAbbreviation(text, m.index)) continue;
      const end = m.index + m[0].length;
      out.push({ start: block.start + cursor, end: block.start + end, block: index });
      cursor = end;
      while (/\s/.test(text.charAt(cursor))) cursor++;
    }
    if (cursor < text.length) out.push({ start: block.start + cursor, end: block.end, block: index });
  });
  return out;
}

/** "U.S." / "Mr." / single initials do not end a sentence. */
function isAbbreviation(text: string, dotIndex: number): boolean {
  if (text.charAt(dotIndex) !== ".") return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence containing `offset`, or undefined. */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
