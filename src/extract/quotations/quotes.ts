import type { ArticleDocument } from "../structure/document.js";
import type { Span } from "../types.js";

export interface RawQuote extends Span {
  text: string;
  /** Source spans of each paragraph's part, without the marks. */
  parts: Span[];
  /** From the opening mark (or the paragraph start when it was lost) to just after the closing mark. */
  outer: Span;
  missingOpen: boolean;
}

const OPEN = new Set(["“", "„"]);
const CLOSE = new Set(["”"]);
// What follows a closing mark when the words before it were a quotation: `,” he said.` / `” Karrar told reporters`.
export const ATTRIBUTION_AFTER =
  /^[\s,]*(?:[\p{Lu}][\p{L}\p{M}’'-]*(?:\s+[\p{Lu}][\p{L}\p{M}’'-]*)*|he|she|they|[a-z]+(?:\s+[a-z]+){0,4})\s+(?:said|says|told|added|replied|stressed|noted|insisted|warned|explained|asked|argued|declared|continued)\b|^[\s,]*(?:said|added|replied|continued|asked)\s/u;

/** Classifies a straight double quote as opening or closing from its neighbours. */
function straightIsOpen(text: string, i: number): boolean {
  const prev = i > 0 ? text.charAt(i - 1) : " ";
  const next = text.charAt(i + 1);
  return /[\s([{—–-]/.test(prev) && next !== "" && !/\s/.test(next);
}

/** Quotations in body paragraphs: curly or straight marks, multi-paragraph runs, and a lost opening mark. */
export function findQuotes(doc: ArticleDocument): { quotes: RawQuote[]; warnings: string[] } {
  const { text } = doc;
  // Marks are read from the working copy, where « » stand as “ ”; the quoted words come from the text itself.
  const marks = doc.work;
  const paragraphs = doc.blocks.flatMap((b) => b.parts);
  const quotes: RawQuote[] = [];
  const warnings: string[] = [];
  let pending: { parts: Span[]; outerStart: number } | null = null;
  for (const para of paragraphs) {
    let open: number | null = null;
    let sawMark = false;
    // A quotation left open in the previous paragraph continues only if this one opens with a mark.
    if (pending && !OPEN.has(marks.charAt(para.start)) && marks.charAt(para.start) !== '"') {
      quotes.push(
        finish(
          text,
          pending.parts,
          pending.outerStart,
          pending.parts[pending.parts.length - 1]?.end ?? para.start,
          false,
        ),
      );
      pending = null;
    }
    for (let i = para.start; i < para.end; i++) {
      const ch = marks.charAt(i);
      // ("” I must say frankly …”": a closing mark typed for an opening one, after a space and before a word.)
      const isOpen =
        OPEN.has(ch) ||
        (ch === '"' && open === null && straightIsOpen(marks, i)) ||
        (ch === "”" &&
          open === null &&
          /\s/.test(marks.charAt(i - 1) || " ") &&
          /[\p{L}\d]/u.test(marks.charAt(i + 1)));
      const isClose = CLOSE.has(ch) || (ch === '"' && !isOpen);
      if (isOpen) {
        open = i + 1;
        sawMark = true;
      } else if (isClose) {
        if (open !== null) {
          const parts = pending ? [...pending.parts, { start: open, end: i }] : [{ start: open, end: i }];
          quotes.push(finish(text, parts, pending ? pending.outerStart : open - 1, i + 1, false));
          pending = null;
          open = null;
        } else if (!sawMark && ATTRIBUTION_AFTER.test(marks.slice(i + 1, i + 80))) {
          // Opening mark lost: the whole paragraph up to the closing mark is the quotation.
          quotes.push(finish(text, [{ start: para.start, end: i }], para.start, i + 1, true));
          warnings.push(
            `quotation at offset ${para.start} has a closing mark but no opening mark; taken from the paragraph start`,
          );
        }
        sawMark = true;
      }
    }
    if (open !== null) {
      const part = { start: open, end: para.end };
      pending = pending
        ? { parts: [...pending.parts, part], outerStart: pending.outerStart }
        : { parts: [part], outerStart: open - 1 };
    }
  }
  if (pending)
    quotes.push(
      finish(
        text,
        pending.parts,
        pending.outerStart,
        pending.parts[pending.parts.length - 1]?.end ?? 0,
        false,
      ),
    );
  // British style quotes with single marks ('…' or ‘…’); read only when the report has no double-marked quotation,
  // since a single mark is otherwise an apostrophe or a quote inside a quote.
  const found = quotes.length > 0 ? quotes : singleMarkQuotes(text, paragraphs);
  return { quotes: found.filter((q) => q.text.trim() !== ""), warnings };
}

/**
 * Quotations between single marks within one paragraph: an opening mark after a space, a bracket or a colon and
 * before a letter; a closing mark not between two letters ("movement's" and "We've" are apostrophes).
 */
function singleMarkQuotes(text: string, paragraphs: Span[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const para of paragraphs) {
    let open: number | null = null;
    for (let i = para.start; i < para.end; i++) {
      const ch = text.charAt(i);
      if (ch !== "'" && ch !== "‘" && ch !== "’") continue;
      const prev = i > para.start ? text.charAt(i - 1) : " ";
      const next = i + 1 < para.end ? text.charAt(i + 1) : " ";
      const opening = ch !== "’" && /[\s([{—–:-]/.test(prev) && /[\p{L}\p{N}]/u.test(next);
      const closing = ch !== "‘" && !/\s/.test(prev) && !(/\p{L}/u.test(prev) && /\p{L}/u.test(next));
      if (open === null && opening) open = i + 1;
      else if (open !== null && closing && /[\s,.;:!?)\]—–-]/.test(next)) {
        out.push(finish(text, [{ start: open, end: i }], open - 1, i + 1, false));
        open = null;
      }
    }
  }
  return out;
}

function finish(
  text: string,
  parts: Span[],
  outerStart: number,
  outerEnd: number,
  missingOpen: boolean,
): RawQuote {
  const first = parts[0] ?? { start: outerStart, end: outerStart };
  const last = parts[parts.length - 1] ?? first;
  return {
    start: first.start,
    end: last.end,
    text: parts.map((p) => text.slice(p.start, p.end).trim()).join(" "),
    parts,
    outer: { start: outerStart, end: outerEnd },
    missingOpen,
  };
}
