// The overview: every meeting matching the filters on a time axis, by day, month or year as the data spans.
import { listAllMeetings, type Meeting } from "./api.js";
import { byId, h, moveFocusByKey, replaceChildren } from "./dom.js";
import { formatDateSpan, plural } from "./format.js";
import { placeOf, statusGlyphs } from "./render.js";
import type { Filters } from "./url-state.js";

const section = byId("overview");
const axis = byId<HTMLOListElement>("overview-axis");
const summary = byId("overview-summary");

/** A bin shows this many markers; beyond it, a button narrows the filters to the bin's period instead. */
const markersPerBin = 6;

type Unit = "day" | "month" | "year";
interface Bin {
  key: string;
  from: string;
  to: string;
  /** The period in words, e.g. "Jan 2022". */
  label: string;
  /** The tick under the bin: a short mark, and the larger unit where it starts (or at the first bin). */
  tick: [string, string | null];
  meetings: Meeting[];
}

const callbacks = {
  open: (_id: string) => {},
  narrow: (_from: string, _to: string) => {},
};
let request: AbortController | null = null;
let openId: string | null = null;

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const dayLabel = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const monthLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const monthName = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

function tickOf(from: string, unit: Unit, first: boolean): [string, string | null] {
  if (unit === "year") return [from.slice(0, 4), null];
  if (unit === "month") {
    return [monthName.format(utc(from)), first || from.slice(5, 7) === "01" ? from.slice(0, 4) : null];
  }
  return [String(Number(from.slice(8))), first || from.endsWith("-01") ? monthLabel.format(utc(from)) : null];
}

/** Days for a few weeks, months for a few years, years beyond: a handful to a few dozen bins. */
function unitFor(first: string, last: string): Unit {
  const days = (utc(last).getTime() - utc(first).getTime()) / 86_400_000;
  return days <= 62 ? "day" : days <= 6 * 366 ? "month" : "year";
}

/** Every bin from the first meeting's to the last's, empty ones included, so the axis is to scale. */
function binsOf(meetings: Meeting[], unit: Unit, first: string, last: string): Bin[] {
  const keyOf = (date: string) =>
    unit === "day" ? date : unit === "month" ? date.slice(0, 7) : date.slice(0, 4);
  const bins: Bin[] = [];
  const cursor = utc(`${keyOf(first)}${unit === "year" ? "-01-01" : unit === "month" ? "-01" : ""}`);
  const lastKey = keyOf(last);
  for (;;) {
    const from = iso(cursor);
    if (unit === "day") cursor.setUTCDate(cursor.getUTCDate() + 1);
    else if (unit === "month") cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    else cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
    const to = iso(new Date(cursor.getTime() - 86_400_000));
    const key = keyOf(from);
    const label =
      unit === "day" ? dayLabel.format(utc(from)) : unit === "month" ? monthLabel.format(utc(from)) : key;
    bins.push({ key, from, to, label, tick: tickOf(from, unit, bins.length === 0), meetings: [] });
    if (key >= lastKey || bins.length > 400) break;
  }
  const byKey = new Map(bins.map((bin) => [bin.key, bin]));
  for (const meeting of meetings) byKey.get(keyOf(meeting.date))?.meetings.push(meeting);
  return bins;
}

function marker(meeting: Meeting): HTMLButtonElement {
  const status = meeting.status === "held" ? "held" : "scheduled";
  const when = formatDateSpan(meeting.date, meeting.endDate, meeting.datePrecision);
  const label = `${meeting.title}, ${when}, ${placeOf(meeting)}, ${status}`;
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
    statusGlyphs[status],
  );
}

function binItem(bin: Bin): HTMLLIElement {
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
export function onOverview(open: (id: string) => void, narrow: (from: string, to: string) => void): void {
  callbacks.open = open;
  callbacks.narrow = narrow;
}

axis.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("button");
  if (button?.dataset.meeting) callbacks.open(button.dataset.meeting);
  else if (button?.dataset.from && button.dataset.to)
    callbacks.narrow(button.dataset.from, button.dataset.to);
});
axis.addEventListener("keydown", (event) => moveFocusByKey(focusables(), event, "ArrowLeft", "ArrowRight"));
axis.addEventListener("focusin", updateTabStop);
