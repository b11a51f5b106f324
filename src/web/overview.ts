// The overview: every meeting matching the filters on a time axis, by day, month or year as the data spans.
import { loadOverviewData, type Meeting, type OverviewData } from "./api.js";
import { byId, h, moveFocusByKey, replaceChildren } from "./dom.js";
import { formatDateSpan, plural } from "./format.js";
import { type Bin, binsOf, type Count, countBins, dayLabel, unitFor, utc } from "./overview-axis.js";
import { placeOf, type Status, statuses, statusOf } from "./render.js";
import type { Filters } from "./url-state.js";

const section = byId("overview");
const axis = byId<HTMLOListElement>("overview-axis");
const summary = byId("overview-summary");
// What the pointed-at or focused marker is, in words, for eyes (screen readers have each button's label).
const caption = byId("overview-caption");

/** A bin shows this many markers; beyond it, a button narrows the filters to the bin's period instead. */
const markersPerBin = 6;

const callbacks = {
  open: (_id: string, _from: HTMLElement) => {},
  narrow: (_from: string, _to: string) => {},
};
let request: AbortController | null = null;
let openId: string | null = null;

function marker(meeting: Meeting): HTMLButtonElement {
  const status = statusOf(meeting.status);
  const when = formatDateSpan(meeting.date, meeting.endDate);
  const label = `${meeting.title}, ${when}, ${placeOf(meeting)}, ${statuses[status].label.toLowerCase()}`;
  return h(
    "button",
    {
      type: "button",
      class: `overview__meeting overview__meeting--${status}`,
      "data-meeting": meeting.id,
      "aria-label": label,
      "aria-expanded": String(meeting.id === openId),
      "aria-controls": "detail",
      tabindex: "-1",
    },
    statuses[status].glyph,
  );
}

function binItem(bin: Bin<Meeting>): HTMLLIElement {
  const shown = bin.meetings.length > markersPerBin ? bin.meetings.slice(0, markersPerBin - 1) : bin.meetings;
  const hidden = bin.meetings.length - shown.length;
  const more = hidden
    ? h(
        "button",
        {
          type: "button",
          class: "overview__more",
          "data-from": bin.from,
          "data-to": bin.to,
          "aria-label": `${plural(hidden, "more meeting")} in ${bin.label}: show that period only`,
          tabindex: "-1",
        },
        `+${hidden}`,
      )
    : null;
  return h(
    "li",
    { class: "overview__bin", "data-period": bin.key },
    h("span", { class: "overview__stack" }, shown.map(marker), more),
    h(
      "span",
      { class: "overview__tick", "aria-label": bin.label },
      bin.tick[0],
      bin.tick[1] ? h("span", { class: "overview__tick-more" }, bin.tick[1]) : null,
    ),
  );
}

function focusables(): HTMLButtonElement[] {
  return Array.from(axis.querySelectorAll<HTMLButtonElement>("button"));
}

/** One tab stop for the whole axis (the open meeting, else the first); arrow keys move along it. */
function updateTabStop(): void {
  const buttons = focusables();
  const current =
    buttons.find((button) => button === document.activeElement) ??
    buttons.find((button) => button.dataset.meeting === openId) ??
    buttons[0];
  for (const button of buttons) button.tabIndex = button === current ? 0 : -1;
}

function renderMarkers(meetings: Meeting[]): void {
  section.classList.remove("overview--counts");
  const first = meetings[0]?.date ?? "";
  const last = meetings.at(-1)?.date ?? first; // the API answers in date order
  const unit = unitFor(first, last);
  const bins = binsOf(meetings, unit, first, last);
  axis.style.setProperty("--bins", String(bins.length));
  const tallest = Math.max(...bins.map((bin) => bin.meetings.length));
  axis.style.setProperty("--rows", String(Math.min(tallest, markersPerBin)));
  replaceChildren(axis, bins.map(binItem));
  const span =
    first === last
      ? dayLabel.format(utc(first))
      : `${dayLabel.format(utc(first))} – ${dayLabel.format(utc(last))}`;
  summary.textContent = `${plural(meetings.length, "meeting")}, ${span}, by ${unit}.`;
}

/** One bar per period, as tall as its count, split by status; choosing it narrows the filters to the period. */
function barItem(bin: Bin<Count<Status>>, tallest: number): HTMLLIElement {
  const byStatus = (Object.keys(statuses) as Status[]).map((status) => ({
    status,
    count: bin.meetings.filter((item) => item.status === status).reduce((sum, item) => sum + item.count, 0),
  }));
  const total = byStatus.reduce((sum, item) => sum + item.count, 0);
  const parts = byStatus.filter((item) => item.count > 0);
  const words = parts
    .map((item) => `${item.count.toLocaleString("en-GB")} ${statuses[item.status].label.toLowerCase()}`)
    .join(", ");
  // Sizes go through the CSSOM: the page's Content-Security-Policy refuses inline style attributes.
  const segments = parts.map((item) => {
    const segment = h("span", { class: `overview__segment overview__segment--${item.status}` });
    segment.style.flexGrow = String(item.count);
    return segment;
  });
  const bar = total
    ? h(
        "button",
        {
          type: "button",
          class: "overview__bar",
          "data-from": bin.from,
          "data-to": bin.to,
          "aria-label": `${bin.label}: ${plural(total, "meeting")} (${words}); show that period only`,
          tabindex: "-1",
        },
        segments,
      )
    : null;
  if (bar) bar.style.height = `${Math.max(4, (100 * total) / tallest)}%`;
  return h(
    "li",
    { class: "overview__bin", "data-period": bin.key },
    h("span", { class: "overview__stack" }, bar),
    h(
      "span",
      { class: "overview__tick", "aria-label": bin.label },
      bin.tick[0],
      bin.tick[1] ? h("span", { class: "overview__tick-more" }, bin.tick[1]) : null,
    ),
  );
}

function renderCounts(data: Extract<OverviewData, { kind: "counts" }>): void {
  const axisData = countBins(data.byStatus);
  if (!axisData) {
    replaceChildren(axis);
    summary.textContent = "No meeting to show.";
    return;
  }
  section.classList.add("overview--counts");
  const totals = axisData.bins.map((bin) => bin.meetings.reduce((sum, item) => sum + item.count, 0));
  axis.style.setProperty("--bins", String(axisData.bins.length));
  replaceChildren(
    axis,
    axisData.bins.map((bin) => barItem(bin, Math.max(...totals))),
  );
  const first = axisData.bins[0]?.label ?? "";
  const last = axisData.bins.at(-1)?.label ?? "";
  summary.textContent = `${plural(data.total, "meeting")}, ${first} – ${last}, counted by ${axisData.unit}: choose a period to see its meetings.`;
}

function render(data: OverviewData): void {
  if (data.kind === "meetings" && data.meetings.length === 0) {
    replaceChildren(axis);
    summary.textContent = "No meeting to show.";
  } else if (data.kind === "meetings") {
    renderMarkers(data.meetings);
  } else {
    renderCounts(data);
  }
  updateTabStop();
}

/** Loads the meetings matching the filters (or their counts, when too many) and draws them. */
export async function loadOverview(filters: Filters): Promise<void> {
  request?.abort();
  const current = new AbortController();
  request = current;
  section.setAttribute("aria-busy", "true");
  try {
    render(await loadOverviewData(filters, current.signal));
  } catch (error) {
    if (current.signal.aborted) return;
    replaceChildren(axis);
    summary.textContent = `The overview could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    if (request === current) section.removeAttribute("aria-busy");
  }
}

export function markOpenInOverview(id: string | null): void {
  openId = id;
  for (const button of Array.from(axis.querySelectorAll<HTMLButtonElement>("button.overview__meeting"))) {
    const isOpen = button.dataset.meeting === id;
    button.setAttribute("aria-expanded", String(isOpen));
  }
  updateTabStop();
}

/** `open` shows a meeting; `narrow` sets the filters to a period whose meetings do not all fit. */
export function onOverview(
  open: (id: string, from: HTMLElement) => void,
  narrow: (from: string, to: string) => void,
): void {
  callbacks.open = open;
  callbacks.narrow = narrow;
}

axis.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("button");
  if (button?.dataset.meeting) callbacks.open(button.dataset.meeting, button);
  else if (button?.dataset.from && button.dataset.to)
    callbacks.narrow(button.dataset.from, button.dataset.to);
});
axis.addEventListener("keydown", (event) => moveFocusByKey(focusables(), event, "ArrowLeft", "ArrowRight"));
axis.addEventListener("focusin", (event) => {
  updateTabStop();
  showCaption(event.target);
});
axis.addEventListener("mouseover", (event) => showCaption(event.target));
axis.addEventListener("focusout", () => showCaption(null));
axis.addEventListener("mouseleave", () =>
  showCaption(axis.contains(document.activeElement) ? document.activeElement : null),
);

function showCaption(target: EventTarget | null): void {
  const button = target instanceof Element ? target.closest("button") : null;
  caption.textContent = button?.getAttribute("aria-label") ?? "";
}
