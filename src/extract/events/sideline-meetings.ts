import type { Span } from "../types.js";
import { inside, type MeetingDraft } from "./draft.js";

// A gathering and a bilateral meeting on its day: "China will host a trilateral summit with Japan and South Korea on
// Dec. 24 in Chengdu" … "he is expected to hold bilateral talks with Moon on Dec. 24"; "the European Council meeting
// … on 23 and 24 March" … "the European People's Party meeting held on the margins of the European Council". Both
// sentences date the same day in the same city, so they land in one draft, but reports (and readers) count the
// bilateral meeting on the sidelines as a meeting of its own.

// A bilateral meeting, or one held beside another: said in so many words.
// ("Lavrov will meet his Indian counterpart Jaishankar for talks": one minister meeting another is bilateral too.)
const BILATERAL =
  /\b(?:bilateral\s+(?:talks|meetings?|consultations|discussions)|bilaterally|one-on-one|t[êe]te-[àa]-t[êe]te|four-eyed|on\s+the\s+(?:sidelines|margins)\s+of|separate\s+(?:talks|meetings?)|(?:meet|meets|met)\s+(?:with\s+)?(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}counterpart(?!s))\b/iu;
// A gathering of more than two sides: its kind says so, or its name is a capitalised Summit, Conference or Forum.
const GATHERING =
  /\b(?:trilateral|three-way|tripartite|quadrilateral|four-way|multilateral|ministerial\s+(?:meeting|conference|session)|plenary|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment))\b|\b(?:Summit|Conference|Forum)\b/;

/**
 * Splits off, as a meeting of its own, each sentence of a draft that tells a bilateral meeting when another of the
 * draft's sentences tells a gathering of more than two sides on that day.
 */
export function splitSidelineMeetings(
  drafts: MeetingDraft[],
  narrative: string,
  articleDate: string,
): MeetingDraft[] {
  const extra: MeetingDraft[] = [];
  for (const draft of drafts) {
    if (draft.evidence.length < 2) continue;
    const text = (s: Span) => narrative.slice(s.start, s.end);
    const bilateral = draft.evidence.filter((e) => BILATERAL.test(text(e)));
    const gathering = draft.evidence.filter((e) => !BILATERAL.test(text(e)) && GATHERING.test(text(e)));
    if (bilateral.length === 0 || gathering.length === 0) continue;
    for (const sentence of bilateral) {
      // The day the sentence itself gives, within the draft's days.
      const own = draft.mentions.filter(
        (m) => inside(m, sentence) && m.date >= draft.date && m.date <= (draft.endDate ?? draft.date),
      );
      const day = own[0]?.date ?? (draft.endDate ? undefined : draft.date);
      if (!day) continue;
      draft.evidence = draft.evidence.filter((e) => e !== sentence);
      draft.regions = draft.regions.filter((r) => !inside(r, sentence));
      draft.mentions = draft.mentions.filter((m) => !inside(m, sentence));
      extra.push({
        ...draft,
        visitFrame: undefined,
        date: day,
        endDate: null,
        dateText: own[0]?.text ?? draft.dateText,
        status:
          draft.status === "postponed" || draft.status === "cancelled"
            ? draft.status
            : day <= articleDate
              ? "held"
              : "scheduled",
        regions: [{ start: sentence.start, end: sentence.end }],
        mentions: own,
        evidence: [{ start: sentence.start, end: sentence.end }],
      });
    }
  }
  return [...drafts, ...extra];
}
