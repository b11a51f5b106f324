import type { Span } from "../types.js";

/** A logical paragraph: one or more source paragraphs joined by a repair. */
export interface Block extends Span {
  parts: Span[];
}

/** Non-empty paragraphs of `text` between `from` and the end, separated by blank lines. */
export function splitParagraphs(text: string, from: number): Span[] {
  const out: Span[] = [];
  const re = /\r?\n[ \t]*\r?\n/g;
  re.lastIndex = from;
  let cursor = from;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(cursor, m.index);
    cursor = m.index + m[0].length;
    while (text.charAt(cursor) === "\n" || text.charAt(cursor) === "\r") cursor++;
    re.lastIndex = cursor;
  }
  push(cursor, text.length);
  return out;
}
