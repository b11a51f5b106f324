// The timeline page: a plain-DOM client of the public API. All text from the API goes in as text nodes.
// This file wires the views together; each view lives in its own module.
import { listOrganizations } from "./api.js";
import { closeDetail, detail, detailHeading, showSelection } from "./detail.js";
import { byId } from "./dom.js";
import { addOrganizations, control, form, readForm, writeForm } from "./filters-form.js";
import { loadOverview, markOpenInOverview, onOverview } from "./overview.js";
import { loadMeetings, markOpenInTimeline, meetingButtons, timeline } from "./timeline.js";
import {
  emptyFilters,
  type Filters,
  filtersFromSearch,
  pageUrl,
  readSelection,
  sameFilters,
  selectionHash,
} from "./url-state.js";

let filters: Filters = { ...emptyFilters };
/** Set when the user opened something, so the next selection moves focus there (not on page load). */
let pendingFocus = false;
/** The control that opened the meeting (in the list or the overview): closing the panel returns focus to it. */
let opener: HTMLElement | null = null;

function loadLists(): void {
  void loadMeetings(filters, true);
  void loadOverview(filters);
}

function markOpen(): void {
  const open = readSelection().meeting;
  markOpenInTimeline(open);
  markOpenInOverview(open);
}

function applySelection(moveFocus: boolean): void {
  const selection = readSelection();
  markOpen();
  void showSelection(selection, moveFocus);
}

/** Applies the filters in the form: a new history entry (or the same one, while typing) and fresh lists. */
function applyForm(mode: "push" | "replace"): void {
  const next = readForm();
  if (sameFilters(next, filters)) return;
  const url = pageUrl(next);
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  filters = next;
  loadLists();
}

function openMeeting(id: string, from: HTMLElement | null): void {
  opener = from;
  if (readSelection().meeting === id && !detail.hidden) {
    detailHeading.focus();
    return;
  }
  pendingFocus = true;
  location.hash = selectionHash({ meeting: id });
}

function closeAndReturn(): void {
  const id = readSelection().meeting;
  history.pushState(null, "", pageUrl(filters, ""));
  closeDetail();
  markOpen();
  const button = meetingButtons().find((candidate) => candidate.dataset.meeting === id);
  const back = opener?.isConnected && opener.dataset.meeting === id ? opener : button;
  (back ?? byId("timeline-heading")).focus();
}

// ---- Events ----------------------------------------------------------------------------------------------

timeline.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("button.meeting-card__open");
  if (button?.dataset.meeting) openMeeting(button.dataset.meeting, button);
});

onOverview(openMeeting, (from, to) => {
  writeForm({ ...readForm(), from, to });
  applyForm("push");
});

detail.addEventListener("click", (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>("a.source-link");
  if (!link) return;
  if (link.hash === location.hash) {
    // Already selected: no hashchange will come, so show the highlight again now.
    event.preventDefault();
    applySelection(true);
  } else {
    pendingFocus = true;
  }
});

byId<HTMLButtonElement>("detail-close").addEventListener("click", closeAndReturn);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !detail.hidden) closeAndReturn();
});

window.addEventListener("hashchange", () => {
  const moveFocus = pendingFocus;
  pendingFocus = false;
  applySelection(moveFocus);
});

window.addEventListener("popstate", () => {
  const next = filtersFromSearch(location.search);
  writeForm(next);
  if (!sameFilters(next, filters)) {
    filters = next;
    loadLists();
  }
  applySelection(false);
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

// ---- Start -----------------------------------------------------------------------------------------------

filters = filtersFromSearch(location.search);
writeForm(filters);
// Canonical URL: drop parameters the page does not understand or that are malformed.
history.replaceState(null, "", pageUrl(filters));
loadLists();
applySelection(false);
listOrganizations().then(addOrganizations, () => {
  // The organisation list is a convenience: the filter still works with the organisations of the loaded meetings.
});
