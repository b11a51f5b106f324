// The overview: every meeting matching the filters on a time axis, by day, month or year as the data spans.
import { listAllMeetings, type Meeting } from "./api.js";
import { byId, h, moveFocusByKey, replaceChildren } from "./dom.js";
import { formatDateSpan, plural } from "./format.js";
import { type Bin, binsOf, dayLabel, unitFor, utc } from "./overview-axis.js";
import { placeOf, statuses, statusOf } from "./render.js";
import type { Filters } from "./url-state.js";

const section = byId("overview");
const axis = byId<HTMLOListElement>("overview-axis");
const summary = byId("overview-summary");

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
  const when = formatDateSpan(meeting.date, meeting.endDate, meeting.datePrecision);
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
      title: label,
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

function render(meetings: Meeting[], complete: boolean): void {
  if (meetings.length === 0) {
    replaceChildren(axis);
    summary.textContent = "No meeting to show.";
    return;
  }
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
  summary.textContent = `${plural(meetings.length, "meeting")}${complete ? "" : " (the first ones)"}, ${span}, by ${unit}.`;
  updateTabStop();
}

/** Loads every meeting matching the filters (the list's sort does not matter here) and draws them. */
export async function loadOverview(filters: Filters): Promise<void> {
  request?.abort();
  const current = new AbortController();
  request = current;
  section.setAttribute("aria-busy", "true");
  try {
    const { meetings, complete } = await listAllMeetings(filters, current.signal);
    render(meetings, complete);
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
axis.addEventListener("focusin", updateTabStop);
