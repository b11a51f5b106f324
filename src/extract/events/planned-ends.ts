import { addDays } from "../mentions/dates.js";
import type { ArticleDocument } from "../structure/document.js";
import { inside, type MeetingDraft } from "./draft.js";

// "the talks, which are tentatively scheduled to last until July 7": the planned last day of a meeting under way.
const LASTS_UNTIL =
  /\b(?:last|lasts|lasting|run|runs|running|continue|continues|go\s+on|goes\s+on)\s+(?:until|till|through)\s+(?:on\s+)?$/i;

/**
 * A day known only as the day a meeting is to last until is that meeting's planned end, when a meeting in the same
 * city began up to two weeks before it: it widens that meeting instead of standing as a meeting of its own.
 */
export function yieldPlannedEnds(
  drafts: MeetingDraft[],
  doc: ArticleDocument,
  narrative: string,
): MeetingDraft[] {
  const endOnly = (d: MeetingDraft): boolean =>
    d.mentions.length > 0 &&
    d.mentions.every(
      (m) =>
        doc.sentences.some((s) => inside(m, s)) &&
        LASTS_UNTIL.test(narrative.slice(Math.max(0, m.start - 30), m.start)),
    );
  return drafts.filter((d) => {
    if (d.endDate || !endOnly(d)) return true;
    const begun = drafts.find(
      (h) => h !== d && h.city === d.city && h.date < d.date && h.date >= addDays(d.date, -14) && !endOnly(h),
    );
    if (!begun) return true;
    if (!begun.endDate || begun.endDate < d.date) begun.endDate = d.date;
    for (const e of d.evidence) if (!begun.evidence.some((x) => x.start === e.start)) begun.evidence.push(e);
    return false;
  });
}
