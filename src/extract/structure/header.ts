import { ArticleFormatError } from "../types.js";

export interface ArticleHeader {
  date: string;
  title: string;
  /** Offset where the body (everything after the first line) starts. */
  bodyStart: number;
}

const HEADER = /^[ \t\uFEFF]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(.*?)[ \t]*$/;

/** Rejects input that is not an article (empty, binary) and parses the ` date YYYY-MM-DD headline` line. */
export function parseHeader(text: string): ArticleHeader {
  if (text.trim() === "") throw new ArticleFormatError("empty input");
  if (looksBinary(text)) throw new ArticleFormatError("binary input, not text");
  const newline = text.indexOf("\n");
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).replace(/\r$/, "");
  const match = HEADER.exec(firstLine);
  if (!match?.[1]) throw new ArticleFormatError("first line is not ` date YYYY-MM-DD headline`");
  const date = match[1];
  if (!isRealDate(date)) throw new ArticleFormatError(`invalid article date ${date}`);
  return { date, title: (match[2] ?? "").trim(), bodyStart: newline < 0 ? text.length : newline + 1 };
}

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** A NUL byte, or mostly control/replacement characters, means the input is binary. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > sample.length * 0.1;
}
