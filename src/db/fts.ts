/**
 * Turns what a user typed into a safe FTS5 query: "quoted phrases" stay phrases, every other word becomes a quoted
 * term, and all must match. FTS syntax in the input (NEAR, *, ^, column filters, stray quotes) is only ever text,
 * so no input can make the MATCH expression fail. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of input.normalize("NFC").matchAll(pattern)) {
    const phrase = (match[1] ?? match[2] ?? "").replace(/"/g, " ").trim();
    // A term of punctuation only matches nothing in FTS5's tokenizer and would make the whole query fail.
    if (!/[\p{L}\p{N}]/u.test(phrase)) continue;
    parts.push(`"${phrase}"`);
  }
  return parts.length > 0 ? parts.join(" ") : null;
}
