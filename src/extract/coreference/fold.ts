import type { ArticleDocument } from "../structure/document.js";

// Names compared without accents: one report spells a name "Lajčák" and its next sentence "Lajcak".

const folded = new WeakMap<ArticleDocument, string>();
/** The text with each accented letter replaced by its base letter, same length so offsets hold. */
export function foldedWork(doc: ArticleDocument): string {
  let text = folded.get(doc);
  if (text === undefined) {
    text = foldAccents(doc.work);
    folded.set(doc, text);
  }
  return text;
}

/** "č" → "c", "é" → "e", letter by letter (a letter that decomposes to more than a base and marks is kept). */
export function foldAccents(text: string): string {
  return text.replace(/[^\p{ASCII}]/gu, (c) => {
    const base = c.normalize("NFD").replace(/\p{M}/gu, "");
    return base.length === 1 ? base : c;
  });
}
