const headerLine = /^\s*date\s+\d{4}-\d{2}-\d{2}\b[^\n]*(\n|$)/;

/** Whether an article's first line is its ` date YYYY-MM-DD Headline` header. */
export const hasHeaderLine = (text: string): boolean => headerLine.test(text);

/**
 * Why a text cannot be an article before the extractor even reads it, or null: it is empty, or it is only a
 * header line (a headline with no report under it would be stored as an empty article).
 */
export function missingBody(text: string): string | null {
  if (text.trim() === "") return "the article is empty; send its text";
  if (text.replace(headerLine, "").trim() === "") {
    return 'the article has a " date YYYY-MM-DD Headline" line but no text; add its paragraphs after a blank line';
  }
  return null;
}
