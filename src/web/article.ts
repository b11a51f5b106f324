// The source article: its text with one span highlighted, and every quote read from it in reading order.
import { type ArticleDetail, getArticle, getQuote, type Quote } from "./api.js";
import { byId, h, replaceChildren } from "./dom.js";
import { formatDateSpan, plural } from "./format.js";
import { byPlaceInArticle, quoteItem } from "./render.js";
import { readSelection, type Selection } from "./url-state.js";

export const articleView = byId("article");
export const articleHeading = byId("article-heading");
const articleMeta = byId("article-meta");
const articleText = byId("article-text");
const quotesHeading = byId("article-quotes-heading");
const quotesList = byId<HTMLUListElement>("article-quotes");

const articles = new Map<string, Promise<ArticleDetail>>();
const quotes = new Map<string, Promise<Quote>>();

/** Fetches once per page view; a failed fetch is forgotten so a later attempt retries. */
function cached<T>(cache: Map<string, Promise<T>>, id: string, load: (id: string) => Promise<T>): Promise<T> {
  let value = cache.get(id);
  if (!value) {
    value = load(id);
    cache.set(id, value);
    value.catch(() => cache.delete(id));
  }
  return value;
}

function renderText(article: ArticleDetail, start: number | null, end: number | null): HTMLElement | null {
  articleHeading.textContent = article.title || "Source article";
  articleMeta.textContent = `Published ${formatDateSpan(article.date, null)} · article ${article.id}`;
  const { text } = article;
  if (start === null || end === null || start < 0 || end > text.length || start >= end) {
    replaceChildren(articleText, text);
    return null;
  }
  const mark = h("mark", { id: "highlight", tabindex: "-1" }, text.slice(start, end));
  replaceChildren(articleText, text.slice(0, start), mark, text.slice(end));
  return mark;
}

/**
 * Every quote of the article, those about no meeting too. The article lists its quotes' places; each quote's
 * speaker comes from `/quotes/{id}` (a handful per article, fetched in parallel and kept for the page's life).
 */
async function renderQuotes(article: ArticleDetail, meetingId: string | null): Promise<void> {
  const spans = article.spans.quotes;
  quotesHeading.textContent = spans.length
    ? `Quotes in this article (${spans.length})`
    : "Quotes in this article";
  if (spans.length === 0) {
    replaceChildren(quotesList, h("li", { class: "muted" }, "No quote was read from this article."));
    return;
  }
  const settled = await Promise.allSettled(spans.map((span) => cached(quotes, span.quoteId, getQuote)));
  const found = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  found.sort(byPlaceInArticle);
  const missing = spans.length - found.length;
  replaceChildren(
    quotesList,
    found.map((quote) => quoteItem(quote, meetingId)),
    missing ? h("li", { class: "error" }, `${plural(missing, "quote")} could not be loaded.`) : null,
  );
}

/**
 * Shows the selected article; answers the element that should take focus (the highlight, else the
 * heading), or null when the selection moved on while the article loaded.
 */
export async function showArticle(selection: Selection & { article: string }): Promise<HTMLElement | null> {
  articleView.hidden = false;
  try {
    const article = await cached(articles, selection.article, getArticle);
    if (readSelection().article !== selection.article) return null; // another article was chosen meanwhile
    const mark = renderText(article, selection.start, selection.end);
    await renderQuotes(article, selection.meeting);
    return mark ?? articleHeading;
  } catch (error) {
    articleHeading.textContent = "Article not available";
    articleMeta.textContent = "";
    replaceChildren(quotesList);
    replaceChildren(
      articleText,
      h("p", { class: "error" }, error instanceof Error ? error.message : "The article could not be loaded."),
    );
    return articleHeading;
  }
}

export function hideArticle(): void {
  articleView.hidden = true;
}
