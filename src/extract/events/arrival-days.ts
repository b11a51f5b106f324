import { addDays } from "../mentions/dates.js";
import type { ArticleDocument } from "../structure/document.js";
import { arrivesForTalks } from "./arrivals.js";
import { inside, type MeetingDraft } from "./draft.js";

/**
 * "arrived on Wednesday in Geneva for a new round of talks" … "The Geneva meeting was set for Thursday": a day known
 * only as the day of arriving for talks yields to the talks' own day in the same city up to three days later, and its
 * sentence becomes evidence of that meeting.
 */
export function yieldArrivalDays(
  drafts: MeetingDraft[],
  doc: ArticleDocument,
  narrative: string,
): MeetingDraft[] {
  const arrivalOnly = (d: MeetingDraft): boolean =>
    d.mentions.length > 0 &&
    d.mentions.every((m) => {
      const sentence = doc.sentences.find((s) => inside(m, s));
      return sentence !== undefined && arrivesForTalks(narrative, sentence, m);
    });
  return drafts.filter((d) => {
    if (d.endDate || !arrivalOnly(d)) return true;
    const talks = drafts.find(
      (t) =>
        t !== d && t.city === d.city && t.date > d.date && t.date <= addDays(d.date, 3) && !arrivalOnly(t),
    );
    if (!talks) return true;
    for (const e of d.evidence) if (!talks.evidence.some((x) => x.start === e.start)) talks.evidence.push(e);
    return false;
  });
}
