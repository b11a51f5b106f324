import { extractArticle } from "../../src/extract/index.js";

/** A short article in the project's format: ` date YYYY-MM-DD headline`, blank line, paragraphs. */
export function article(date: string, ...paragraphs: string[]): string {
  return ` date ${date} Test headline\n\n${paragraphs.join("\n\n")}\n`;
}

/** The meetings an article yields, as [date, city, status] rows. */
export const meetings = (text: string) =>
  extractArticle(text).meetings.map((m) => [m.date, m.city, m.status]);

/** The role and affiliation of one person the article names, or undefined. */
export const person = (text: string, name: string) => {
  const p = extractArticle(text).people.find((x) => x.name === name);
  return p ? [p.role, p.affiliation] : undefined;
};

/** The names of the people an article yields. */
export const names = (text: string) => extractArticle(text).people.map((p) => p.name);
