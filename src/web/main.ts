// The timeline page: a plain-DOM client of the public API. All text from the API goes in as text nodes.
import {
  ApiError,
  type ArticleDetail,
  emptyFilters,
  type Filters,
  filterNames,
  filtersFromSearch,
  filtersToSearch,
  getArticle,
  getMeeting,
  listMeetings,
  listOrganizations,
  type Meeting,
  type MeetingDetail,
} from "./api.js";
import { byId, h, replaceChildren } from "./dom.js";
import { formatDateSpan, monthOf, plural } from "./format.js";

const form = byId<HTMLFormElement>("filters");
const timeline = byId<HTMLOListElement>("timeline");
const statusLine = byId("status");
const errorLine = byId("error");
const moreButton = byId<HTMLButtonElement>("more");
const organizationSelect = byId<HTMLSelectElement>("f-organization");
const csvLink = byId<HTMLAnchorElement>("link-csv");
const detail = byId("detail");
const detailHeading = byId("detail-heading");
const detailBody = byId("detail-body");
const detailClose = byId<HTMLButtonElement>("detail-close");
const articleView = byId("article");
const articleHeading = byId("article-heading");
const articleMeta = byId("article-meta");
const articleText = byId("article-text");

/** What the fragment selects: an open meeting and, optionally, a span of an article to highlight. */
interface Selection {
  meeting: string | null;
  article: string | null;
  start: number | null;
  end: number | null;
}

const state = {
  filters: { ...emptyFilters } as Filters,
  meetings: [] as Meeting[],
  next: null as string | null,
  listRequest: null as AbortController | null,
  detailRequest: null as AbortController | null,
  openMeeting: null as MeetingDetail | null,
  knownOrganizations: new Set<string>(),
  articles: new Map<string, Promise<ArticleDetail>>(),
};

// ---- URL state -------------------------------------------------------------------------------------------

function readSelection(): Selection {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const offset = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  };
  return {
    meeting: params.get("meeting"),
    article: params.get("article"),
    start: offset("start"),
    end: offset("end"),
  };
}

function selectionHash(selection: Partial<Selection>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(selection)) {
    if (value !== null && value !== undefined && value !== "") params.set(name, String(value));
  }
  const hash = params.toString();
  return hash ? `#${hash}` : "";
}

function pageUrl(filters: Filters, hash = location.hash): string {
  const search = filtersToSearch(filters);
  return `${location.pathname}${search ? `?${search}` : ""}${hash}`;
}

// ---- Filters ---------------------------------------------------------------------------------------------

function control(name: keyof Filters): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

function writeForm(filters: Filters): void {
  if (filters.organization) addOrganizations([filters.organization]);
  for (const name of filterNames) control(name).value = filters[name];
  // The API matches organisations ignoring case: so does the list, e.g. for a shared link with `osce`.
  const wanted = filters.organization.toLocaleLowerCase();
  const option = Array.from(organizationSelect.options).find(
    (item) => item.value.toLocaleLowerCase() === wanted,
  );
  if (option) organizationSelect.value = option.value;
}

function readForm(): Filters {
  const raw = new URLSearchParams();
  for (const name of filterNames) raw.set(name, control(name).value);
  return filtersFromSearch(raw.toString());
}

function sameFilters(a: Filters, b: Filters): boolean {
  return filterNames.every((name) => a[name] === b[name]);
}

/** Applies the filters in the form: a new history entry (or the same one, while typing) and a fresh list. */
function applyForm(mode: "push" | "replace"): void {
  const filters = readForm();
  if (sameFilters(filters, state.filters)) return;
  const url = pageUrl(filters);
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  state.filters = filters;
  void loadMeetings(true);
}

function addOrganizations(names: Iterable<string>): void {
  let added = false;
  for (const name of names) {
    const key = name.toLocaleLowerCase();
    if (!name || [...state.knownOrganizations].some((known) => known.toLocaleLowerCase() === key)) continue;
    state.knownOrganizations.add(name);
    added = true;
  }
  if (!added) return;
  const selected = organizationSelect.value;
  const sorted = [...state.knownOrganizations].sort((a, b) => a.localeCompare(b));
  replaceChildren(
    organizationSelect,
    h("option", { value: "" }, "Any organisation"),
    sorted.map((name) => h("option", { value: name }, name)),
  );
  organizationSelect.value = selected;
}

function updateDownloadLinks(): void {
  const search = filtersToSearch(state.filters);
  csvLink.href = `/meetings?format=csv${search ? `&${search}` : ""}`;
}

// ---- Timeline --------------------------------------------------------------------------------------------

function showError(message: string | null): void {
  errorLine.hidden = message === null;
  errorLine.textContent = message ?? "";
}

async function loadMeetings(reset: boolean): Promise<void> {
  state.listRequest?.abort();
  const request = new AbortController();
  state.listRequest = request;
  if (reset) {
    state.meetings = [];
    state.next = null;
  }
  updateDownloadLinks();
  timeline.setAttribute("aria-busy", "true");
  statusLine.textContent = "Loading meetings…";
  moreButton.disabled = true;
  try {
    const page = await listMeetings(state.filters, reset ? null : state.next, request.signal);
    state.meetings = reset ? page.data : [...state.meetings, ...page.data];
    state.next = page.page.next;
    showError(null);
    addOrganizations(page.data.flatMap((meeting) => meeting.organizations));
    renderTimeline();
  } catch (error) {
    if (request.signal.aborted) return;
    showError(`Could not load the meetings: ${error instanceof Error ? error.message : String(error)}`);
    statusLine.textContent = "";
    if (reset) renderTimeline();
  } finally {
    if (state.listRequest === request) {
      timeline.removeAttribute("aria-busy");
      moreButton.disabled = false;
    }
  }
}

function renderTimeline(): void {
  const months = new Map<string, Meeting[]>();
  for (const meeting of state.meetings) {
    const month = meeting.datePrecision === "year" ? meeting.date.slice(0, 4) : monthOf(meeting.date);
    const list = months.get(month) ?? [];
    list.push(meeting);
    months.set(month, list);
  }
  replaceChildren(
    timeline,
    [...months].map(([month, meetings]) =>
      h(
        "li",
        { class: "month" },
        h("h3", { class: "month__heading" }, month),
        h("ol", { class: "month__meetings" }, meetings.map(renderMeeting)),
      ),
    ),
  );
  const count = state.meetings.length;
  const filtered = filtersToSearch({ ...state.filters, sort: "date" }) !== "";
  statusLine.textContent =
    count === 0
      ? filtered
        ? "No meeting matches these filters."
        : "No meetings yet."
      : `${plural(count, "meeting")}${state.next ? " shown, more available" : ""}${filtered ? " match the filters" : ""}.`;
  moreButton.hidden = state.next === null;
  markOpenMeeting();
}

function statusBadge(status: string): HTMLElement {
  const held = status === "held";
  return h(
    "span",
    { class: `badge badge--${held ? "held" : "scheduled"}` },
    h("span", { class: "badge__icon", "aria-hidden": "true" }, held ? "✓" : "◷"),
    held ? "Held" : "Scheduled",
  );
}

function nameList(label: string, names: string[]): HTMLElement | null {
  if (names.length === 0) return null;
  return h("div", { class: "facts__row" }, h("dt", {}, label), h("dd", {}, names.join(", ")));
}

function renderMeeting(meeting: Meeting): HTMLLIElement {
  const titleId = `meeting-${meeting.id}-title`;
  return h(
    "li",
    { class: `meeting meeting--${meeting.status}`, "data-id": meeting.id, "data-date": meeting.date },
    h(
      "article",
      { class: "meeting-card", "aria-labelledby": titleId },
      h(
        "p",
        { class: "meeting-card__when" },
        h(
          "time",
          { datetime: meeting.date },
          formatDateSpan(meeting.date, meeting.endDate, meeting.datePrecision),
        ),
        meeting.dateCertainty === "inferred"
          ? h("span", { class: "meeting-card__certainty" }, " · date inferred from the report")
          : null,
      ),
      h(
        "h4",
        { class: "meeting-card__title", id: titleId },
        h(
          "button",
          {
            type: "button",
            class: "meeting-card__open",
            "aria-expanded": "false",
            "aria-controls": "detail",
            "data-meeting": meeting.id,
          },
          meeting.title,
        ),
      ),
      h(
        "p",
        { class: "meeting-card__where" },
        h(
          "span",
          { class: "meeting-card__place" },
          [meeting.city, meeting.country].filter(Boolean).join(", "),
        ),
        statusBadge(meeting.status),
      ),
      h(
        "dl",
        { class: "facts" },
        nameList("Parties", meeting.parties),
        nameList("Organisations", meeting.organizations),
      ),
    ),
  );
}

function meetingButtons(): HTMLButtonElement[] {
  return Array.from(timeline.querySelectorAll<HTMLButtonElement>("button.meeting-card__open"));
}

function markOpenMeeting(): void {
  const open = readSelection().meeting;
  for (const button of meetingButtons()) {
    const isOpen = button.dataset.meeting === open;
    button.setAttribute("aria-expanded", String(isOpen));
    button.closest(".meeting")?.classList.toggle("meeting--open", isOpen);
  }
}

// ---- Meeting detail --------------------------------------------------------------------------------------

function sourceLink(
  meetingId: string,
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

function renderDetail(meeting: MeetingDetail): void {
  detailHeading.textContent = meeting.title;
  const people = new Map(meeting.participants.map((participant) => [participant.id, participant]));
  const asLabels: Record<string, string> = {
    party: "party",
    organization: "organisation",
    attendee: "attendee",
  };

  const participants = meeting.participants.map((participant) =>
    h(
      "li",
      { class: "participant" },
      h("span", { class: "participant__name" }, participant.name),
      h(
        "span",
        { class: "participant__about" },
        [
          participant.role,
          participant.affiliation && participant.affiliation !== participant.name
            ? participant.affiliation
            : null,
          participant.as.map((as) => asLabels[as] ?? as).join(", "),
        ]
          .filter(Boolean)
          .join(" · "),
      ),
    ),
  );

  const quotes = meeting.quotes.map((quote) => {
    const speaker = quote.speaker ? people.get(quote.speaker.id) : undefined;
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
          speaker?.role ? `, ${speaker.role}` : "",
        ),
      ),
      sourceLink(meeting.id, quote.articleId, quote.start, quote.end, "Show in article", `“${quote.text}”`),
    );
  });

  const sources = meeting.sources.map((source) =>
    h(
      "li",
      { class: "evidence" },
      h("p", { class: "evidence__text" }, source.text),
      source.dateText ? h("p", { class: "muted" }, `Date read from “${source.dateText}”.`) : null,
      sourceLink(meeting.id, source.articleId, source.start, source.end, "Show in article", source.text),
    ),
  );

  const corrections = meeting.corrections.map((correction) =>
    h(
      "li",
      {},
      h("strong", {}, correction.field),
      ` set to ${JSON.stringify(correction.value)}: ${correction.note} (${correction.source})`,
    ),
  );

  replaceChildren(
    detailBody,
    h(
      "p",
      { class: "detail__meta" },
      h(
        "time",
        { datetime: meeting.date },
        formatDateSpan(meeting.date, meeting.endDate, meeting.datePrecision),
      ),
      " · ",
      [meeting.city, meeting.country].filter(Boolean).join(", "),
      " ",
      statusBadge(meeting.status),
    ),
    h(
      "dl",
      { class: "facts" },
      nameList("Parties", meeting.parties),
      nameList("Organisations", meeting.organizations),
    ),
    h("h3", {}, "Participants"),
    participants.length
      ? h("ul", { class: "participants" }, participants)
      : h("p", { class: "muted" }, "No participant named."),
    h("h3", {}, "Quotes"),
    quotes.length
      ? h("ul", { class: "quotes" }, quotes)
      : h("p", { class: "muted" }, "No quote about this meeting."),
    h("h3", {}, "Evidence"),
    sources.length
      ? h("ul", { class: "evidence-list" }, sources)
      : h("p", { class: "muted" }, "No supporting sentence recorded."),
    corrections.length ? [h("h3", {}, "Corrections"), h("ul", { class: "corrections" }, corrections)] : null,
  );
}

function loadArticle(id: string): Promise<ArticleDetail> {
  let article = state.articles.get(id);
  if (!article) {
    article = getArticle(id);
    state.articles.set(id, article);
    article.catch(() => state.articles.delete(id));
  }
  return article;
}

function renderArticle(article: ArticleDetail, start: number | null, end: number | null): HTMLElement | null {
  articleHeading.textContent = article.title || "Source article";
  articleMeta.textContent = `Published ${formatDateSpan(article.date, null, "day")} · article ${article.id}`;
  const { text } = article;
  if (start === null || end === null || start < 0 || end > text.length || start >= end) {
    replaceChildren(articleText, text);
    return null;
  }
  const mark = h("mark", { id: "highlight", tabindex: "-1" }, text.slice(start, end));
  replaceChildren(articleText, text.slice(0, start), mark, text.slice(end));
  return mark;
}

function markCurrentLinks(selection: Selection): void {
  for (const link of Array.from(detail.querySelectorAll<HTMLAnchorElement>("a.source-link"))) {
    const current =
      link.dataset.article === selection.article &&
      link.dataset.start === String(selection.start) &&
      link.dataset.end === String(selection.end);
    if (current) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}

function closeDetail(): void {
  state.detailRequest?.abort();
  state.openMeeting = null;
  detail.hidden = true;
  articleView.hidden = true;
  document.body.classList.remove("has-detail");
  markOpenMeeting();
}

/** Shows what the fragment selects; moves focus there when the user asked for it (not on first load). */
async function applySelection(moveFocus: boolean): Promise<void> {
  const selection = readSelection();
  markOpenMeeting();
  if (!selection.meeting && !selection.article) {
    closeDetail();
    return;
  }
  detail.hidden = false;
  document.body.classList.add("has-detail");

  if (selection.meeting && state.openMeeting?.id !== selection.meeting) {
    state.detailRequest?.abort();
    const request = new AbortController();
    state.detailRequest = request;
    detailHeading.textContent = "Loading meeting…";
    replaceChildren(detailBody);
    articleView.hidden = true;
    try {
      state.openMeeting = await getMeeting(selection.meeting, request.signal);
      renderDetail(state.openMeeting);
    } catch (error) {
      if (request.signal.aborted) return;
      state.openMeeting = null;
      detailHeading.textContent = "Meeting not available";
      const message = error instanceof ApiError ? error.message : "The meeting could not be loaded.";
      replaceChildren(detailBody, h("p", { class: "error", role: "alert" }, message));
    }
  } else if (!selection.meeting) {
    state.openMeeting = null;
    detailHeading.textContent = "Source article";
    replaceChildren(detailBody);
  }

  let focusTarget: HTMLElement = detailHeading;
  if (selection.article) {
    articleView.hidden = false;
    try {
      const article = await loadArticle(selection.article);
      if (readSelection().article !== selection.article) return;
      const mark = renderArticle(article, selection.start, selection.end);
      if (mark) {
        const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        mark.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
        focusTarget = mark;
      } else {
        focusTarget = articleHeading;
      }
    } catch (error) {
      articleHeading.textContent = "Article not available";
      articleMeta.textContent = "";
      replaceChildren(
        articleText,
        h(
          "p",
          { class: "error" },
          error instanceof Error ? error.message : "The article could not be loaded.",
        ),
      );
      focusTarget = articleHeading;
    }
  } else {
    articleView.hidden = true;
  }
  markCurrentLinks(selection);
  if (moveFocus) focusTarget.focus({ preventScroll: focusTarget.tagName === "MARK" });
}

// ---- Events ----------------------------------------------------------------------------------------------

let pendingFocus = false;

timeline.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("button.meeting-card__open");
  const id = button?.dataset.meeting;
  if (!id) return;
  if (readSelection().meeting === id && !detail.hidden) {
    detailHeading.focus();
    return;
  }
  pendingFocus = true;
  location.hash = selectionHash({ meeting: id });
});

// Arrow keys, Home and End move between meetings; Tab works as usual.
timeline.addEventListener("keydown", (event) => {
  const buttons = meetingButtons();
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  const target =
    event.key === "ArrowDown"
      ? buttons[index + 1]
      : event.key === "ArrowUp"
        ? buttons[index - 1]
        : event.key === "Home"
          ? buttons[0]
          : event.key === "End"
            ? buttons[buttons.length - 1]
            : undefined;
  if (target) {
    event.preventDefault();
    target.focus();
  }
});

detail.addEventListener("click", (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>("a.source-link");
  if (!link) return;
  if (link.hash === location.hash) {
    // Already selected: no hashchange will come, so show the highlight again now.
    event.preventDefault();
    void applySelection(true);
  } else {
    pendingFocus = true;
  }
});

function closeAndReturn(): void {
  const id = readSelection().meeting;
  history.pushState(null, "", pageUrl(state.filters, ""));
  closeDetail();
  const button = meetingButtons().find((candidate) => candidate.dataset.meeting === id);
  (button ?? byId("timeline-heading")).focus();
}

detailClose.addEventListener("click", closeAndReturn);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !detail.hidden) closeAndReturn();
});

window.addEventListener("hashchange", () => {
  const moveFocus = pendingFocus;
  pendingFocus = false;
  void applySelection(moveFocus);
});

window.addEventListener("popstate", () => {
  const filters = filtersFromSearch(location.search);
  writeForm(filters);
  if (!sameFilters(filters, state.filters)) {
    state.filters = filters;
    void loadMeetings(true);
  }
  void applySelection(false);
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  applyForm("push");
});
form.addEventListener("change", (event) => {
  if ((event.target as Element).id !== "f-q") applyForm("push");
});
let typing: number | undefined;
control("q").addEventListener("input", () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(() => applyForm("replace"), 400);
});
form.addEventListener("reset", (event) => {
  event.preventDefault();
  writeForm(emptyFilters);
  applyForm("push");
});
moreButton.addEventListener("click", () => void loadMeetings(false));

// ---- Start -----------------------------------------------------------------------------------------------

state.filters = filtersFromSearch(location.search);
writeForm(state.filters);
// Canonical URL: drop parameters the page does not understand or that are malformed.
history.replaceState(null, "", pageUrl(state.filters));
void loadMeetings(true);
void applySelection(false);
listOrganizations().then(addOrganizations, () => {
  // The organisation list is a convenience: the filter still works with the organisations of the loaded meetings.
});
