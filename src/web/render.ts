// Pieces of markup several views share: status badges, fact lists, quotes and links into an article.
import type { Meeting, Quote } from "./api.js";
import { h } from "./dom.js";
import { selectionHash } from "./url-state.js";

export type Status = Meeting["status"];

/**
 * Each status differs in word, glyph and outline (`--held` solid, `--scheduled` dashed, `--postponed` dotted,
 * `--cancelled` struck through), never in colour alone.
 */
export const statuses = {
  held: { label: "Held", glyph: "✓" },
  scheduled: { label: "Scheduled", glyph: "◷" },
  postponed: { label: "Postponed", glyph: "↷" },
  cancelled: { label: "Cancelled", glyph: "✕" },
} as const satisfies Record<Status, { label: string; glyph: string }>;

/** A status the page knows, or `scheduled` for one added to the API after this page was built. */
export function statusOf(status: string): Status {
  return Object.hasOwn(statuses, status) ? (status as Status) : "scheduled";
}

export function statusBadge(value: string): HTMLElement {
  const status = statusOf(value);
  return h(
    "span",
    { class: `badge badge--${status}` },
    h("span", { class: "badge__icon", "aria-hidden": "true" }, statuses[status].glyph),
    statuses[status].label,
  );
}

export function placeOf(item: { city: string; country: string }): string {
  return [item.city, item.country].filter(Boolean).join(", ");
}

export function nameList(label: string, names: string[]): HTMLElement | null {
  if (names.length === 0) return null;
  return h("div", { class: "facts__row" }, h("dt", {}, label), h("dd", {}, names.join(", ")));
}

/** A link that opens an article with a span highlighted, keeping the open meeting (if any) open. */
export function sourceLink(
  meetingId: string | null,
  articleId: string,
  start: number,
  end: number,
  label: string,
  description: string,
): HTMLAnchorElement {
  return h(
    "a",
    {
      class: "source-link",
      href: selectionHash({ meeting: meetingId, article: articleId, start, end }),
      "data-article": articleId,
      "data-start": start,
      "data-end": end,
      "aria-label": `${label}: ${description}`,
    },
    label,
  );
}

/** Quotes in reading order: by article (ids start with the article's date), then by place in its text. */
export function byPlaceInArticle(a: Quote, b: Quote): number {
  return a.articleId.localeCompare(b.articleId) || a.start - b.start || a.end - b.end;
}

export function quoteItem(
  quote: Quote,
  meetingId: string | null,
  speakerRole?: string | null,
): HTMLLIElement {
  return h(
    "li",
    { class: "quote", "data-quote": quote.id },
    h(
      "figure",
      {},
      h("blockquote", { class: "quote__text" }, h("p", {}, `“${quote.text}”`)),
      h(
        "figcaption",
        { class: "quote__speaker" },
        "— ",
        h("cite", {}, quote.speaker?.name ?? "Unnamed source"),
        speakerRole ? `, ${speakerRole}` : "",
        quote.meetingId ? null : h("span", { class: "quote__unlinked" }, " · about no particular meeting"),
      ),
    ),
    sourceLink(meetingId, quote.articleId, quote.start, quote.end, "Show in article", `“${quote.text}”`),
  );
}
