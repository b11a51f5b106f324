// The detail panel: one meeting (who took part, what was said, the evidence) above its source article.
import { ApiError, getMeeting, getParticipant, type MeetingDetail } from "./api.js";
import { hideArticle, showArticle } from "./article.js";
import { byId, h, replaceChildren } from "./dom.js";
import { formatDateSpan, plural } from "./format.js";
import { byPlaceInArticle, nameList, placeOf, quoteItem, sourceLink, statusBadge } from "./render.js";
import type { Selection } from "./url-state.js";

export const detail = byId("detail");
export const detailHeading = byId("detail-heading");
const detailBody = byId("detail-body");

const state = {
  open: null as MeetingDetail | null,
  request: null as AbortController | null,
};

const asLabels: Record<string, string> = {
  party: "party",
  organization: "organisation",
  attendee: "attendee",
};
type Participant = MeetingDetail["participants"][number];

/**
 * A participant's entry; a person or a speaker gets a disclosure with all their quotes, fetched when opened:
 * quotes about other meetings or about none belong to what they said too.
 */
function participantItem(participant: Participant, meetingId: string, speaks: boolean): HTMLLIElement {
  const about = [
    participant.role,
    participant.affiliation && participant.affiliation !== participant.name ? participant.affiliation : null,
    participant.as.map((as) => asLabels[as] ?? as).join(", "),
  ];
  let quotes: HTMLDetailsElement | null = null;
  if (speaks || participant.kind === "person") {
    const list = h("ul", { class: "quotes" });
    const summary = h("summary", {}, `Quotes by ${participant.name}`);
    quotes = h("details", { class: "participant__quotes" }, summary, list);
    const disclosure = quotes;
    disclosure.addEventListener("toggle", async () => {
      if (!disclosure.open || list.dataset.loaded) return;
      list.dataset.loaded = "loading";
      replaceChildren(list, h("li", { class: "muted" }, "Loading quotes…"));
      try {
        const speaker = await getParticipant(participant.id);
        const all = [...speaker.quotes].sort(byPlaceInArticle);
        // The detail embeds the first quotes of a prolific speaker; the summary says how many there are in all.
        const shown = all.length < speaker.allQuotes.total ? `${all.length} of ` : "";
        summary.textContent = `${shown}${plural(speaker.allQuotes.total, "quote")} by ${participant.name}`;
        replaceChildren(
          list,
          all.length
            ? all.map((quote) => quoteItem(quote, meetingId))
            : h("li", { class: "muted" }, "No quote recorded."),
        );
        list.dataset.loaded = "yes";
      } catch (error) {
        delete list.dataset.loaded;
        const message = error instanceof Error ? error.message : "The quotes could not be loaded.";
        replaceChildren(list, h("li", { class: "error", role: "alert" }, message));
      }
    });
  }
  return h(
    "li",
    { class: "participant", "data-participant": participant.id },
    h("span", { class: "participant__name" }, participant.name),
    h("span", { class: "participant__about" }, about.filter(Boolean).join(" · ")),
    quotes,
  );
}

const disputeLabels: Record<string, string> = { date: "Dates", city: "Venue", status: "Status" };

/**
 * Where the reports disagree: the value shown and why, then each claim with a link to every report's sentence,
 * so a reader can weigh them.
 */
function disputeItem(meetingId: string, dispute: MeetingDetail["disputes"][number]): HTMLLIElement {
  const claims = dispute.claims.map((claim) =>
    h(
      "li",
      { class: "dispute__claim" },
      h("span", { class: "dispute__value" }, claim.value),
      ` — ${plural(claim.articleIds.length, "report")}: `,
      claim.sources.map((source, index) =>
        sourceLink(
          meetingId,
          source.articleId,
          source.start,
          source.end,
          `sentence ${index + 1}`,
          `${disputeLabels[dispute.field] ?? dispute.field} ${claim.value} in ${source.articleId}`,
        ),
      ),
    ),
  );
  return h(
    "li",
    { class: "dispute", "data-field": dispute.field },
    h(
      "p",
      {},
      h("strong", {}, disputeLabels[dispute.field] ?? dispute.field),
      `: shown as ${dispute.value} (${dispute.reason})`,
    ),
    h("ul", { class: "dispute__claims" }, claims),
  );
}

function renderDetail(meeting: MeetingDetail): void {
  detailHeading.textContent = meeting.title;
  const people = new Map(meeting.participants.map((participant) => [participant.id, participant]));
  const speakers = new Set(meeting.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.id] : [])));
  const participants = meeting.participants.map((participant) =>
    participantItem(participant, meeting.id, speakers.has(participant.id)),
  );
  const quotes = [...meeting.quotes]
    .sort(byPlaceInArticle)
    .map((quote) => quoteItem(quote, meeting.id, quote.speaker ? people.get(quote.speaker.id)?.role : null));
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
      h("time", { datetime: meeting.date }, formatDateSpan(meeting.date, meeting.endDate)),
      " · ",
      placeOf(meeting),
      " ",
      statusBadge(meeting.status),
    ),
    h(
      "dl",
      { class: "facts" },
      nameList("Parties", meeting.parties),
      nameList("Organisations", meeting.organizations),
    ),
    meeting.disputes.length
      ? [
          h("h3", {}, "Reports disagree"),
          h(
            "ul",
            { class: "disputes" },
            meeting.disputes.map((dispute) => disputeItem(meeting.id, dispute)),
          ),
        ]
      : null,
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

export function closeDetail(): void {
  state.request?.abort();
  state.open = null;
  detail.hidden = true;
  hideArticle();
  document.body.classList.remove("has-detail");
}

/** Loads the selected meeting unless it is already shown. */
async function showMeeting(id: string): Promise<void> {
  if (state.open?.id === id) return;
  state.request?.abort();
  const request = new AbortController();
  state.request = request;
  detailHeading.textContent = "Loading meeting…";
  replaceChildren(detailBody);
  hideArticle();
  try {
    state.open = await getMeeting(id, request.signal);
    renderDetail(state.open);
  } catch (error) {
    if (request.signal.aborted) return;
    state.open = null;
    detailHeading.textContent = "Meeting not available";
    const message = error instanceof ApiError ? error.message : "The meeting could not be loaded.";
    replaceChildren(detailBody, h("p", { class: "error", role: "alert" }, message));
  }
}

/** Shows what the fragment selects; moves focus there when the user asked for it (not on first load). */
export async function showSelection(selection: Selection, moveFocus: boolean): Promise<void> {
  if (!selection.meeting && !selection.article) {
    closeDetail();
    return;
  }
  detail.hidden = false;
  document.body.classList.add("has-detail");
  if (selection.meeting) {
    await showMeeting(selection.meeting);
  } else {
    state.open = null;
    detailHeading.textContent = "Source article";
    replaceChildren(detailBody);
  }

  let focusTarget: HTMLElement | null = detailHeading;
  if (selection.article) {
    focusTarget = await showArticle({ ...selection, article: selection.article });
    if (focusTarget === null) return;
  } else {
    hideArticle();
  }
  markCurrentLinks(selection);
  const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const behavior: ScrollBehavior = smooth ? "smooth" : "auto";
  if (focusTarget.tagName === "MARK") focusTarget.scrollIntoView({ block: "center", behavior });
  if (!moveFocus) return;
  focusTarget.focus({ preventScroll: true });
  // One column (a phone): the panel sits below the list, so bring its top on screen, not just its heading.
  if (focusTarget === detailHeading && !window.matchMedia("(min-width: 64rem)").matches) {
    detail.scrollIntoView({ block: "start", behavior });
  } else if (focusTarget.tagName !== "MARK") {
    focusTarget.scrollIntoView({ block: "nearest", behavior });
  }
}
