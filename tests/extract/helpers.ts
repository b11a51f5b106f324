/** A short article in the project's format: ` date YYYY-MM-DD headline`, blank line, paragraphs. */
export function article(date: string, ...paragraphs: string[]): string {
  return ` date ${date} Test headline\n\n${paragraphs.join("\n\n")}\n`;
}
