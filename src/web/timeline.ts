// The list of meetings, month by month, a page at a time.
import { listMeetings, type Meeting } from "./api.js";
import { byId, h, moveFocusByKey, replaceChildren } from "./dom.js";
import { addOrganizations, updateDownloadLinks } from "./filters-form.js";
import { formatDateSpan, monthOf, plural } from "./format.js";
import { nameList, placeOf, statusBadge, statusOf } from "./render.js";
import { emptyFilters, type Filters, filtersToSearch } from "./url-state.js";

export const timeline = byId<HTMLOListElement>("timeline");
const statusLine = byId("status");
const errorLine = byId("error");
const moreButton = byId<HTMLButtonElement>("more");

const state = {
  filters: { ...emptyFilters } as Filters,
  meetings: [] as Meeting[],
  next: null as string | null,
  request: null as AbortController | null,
  open: null as string | null,
};

function showError(message: string | null): void {
  errorLine.hidden = message === null;
  errorLine.textContent = message ?? "";
}

/** Loads the first page for these filters (`reset`) or the next page for the current ones. */
export async function loadMeetings(filters: Filters, reset: boolean): Promise<void> {
  state.request?.abort();
  const request = new AbortController();
  state.request = request;
  state.filters = filters;
  if (reset) {
    state.meetings = [];
    state.next = null;
  }
  updateDownloadLinks(filters);
  timeline.setAttribute("aria-busy", "true");
  statusLine.textContent = "Loading meetings…";
  moreButton.disabled = true;
  try {
    const page = await listMeetings(filters, reset ? null : state.next, request.signal);
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
    if (state.request === request) {
      timeline.removeAttribute("aria-busy");
      moreButton.disabled = false;
    }
  }
}

export function loadMoreMeetings(): Promise<void> {
  return loadMeetings(state.filters, false);
}

function renderTimeline(): void {
  const months = new Map<string, Meeting[]>();
  for (const meeting of state.meetings) {
    const month = monthOf(meeting.date);
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
  markOpenInTimeline(state.open);
}

function renderMeeting(meeting: Meeting): HTMLLIElement {
  const titleId = `meeting-${meeting.id}-title`;
  return h(
    "li",
    {
      class: `meeting meeting--${statusOf(meeting.status)}`,
      "data-id": meeting.id,
      "data-date": meeting.date,
    },
    h(
      "article",
      { class: "meeting-card", "aria-labelledby": titleId },
      h(
        "p",
        { class: "meeting-card__when" },
        h("time", { datetime: meeting.date }, formatDateSpan(meeting.date, meeting.endDate)),
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
        h("span", { class: "meeting-card__place" }, placeOf(meeting)),
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

export function meetingButtons(): HTMLButtonElement[] {
  return Array.from(timeline.querySelectorAll<HTMLButtonElement>("button.meeting-card__open"));
}

export function markOpenInTimeline(open: string | null): void {
  state.open = open;
  for (const button of meetingButtons()) {
    const isOpen = button.dataset.meeting === open;
    button.setAttribute("aria-expanded", String(isOpen));
    button.closest(".meeting")?.classList.toggle("meeting--open", isOpen);
  }
}

// Arrow keys, Home and End move between meetings; Tab works as usual.
timeline.addEventListener("keydown", (event) =>
  moveFocusByKey(meetingButtons(), event, "ArrowUp", "ArrowDown"),
);
moreButton.addEventListener("click", () => void loadMoreMeetings());
