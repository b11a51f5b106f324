import { addDays } from "../mentions/dates.js";
import type { ArticleDocument } from "../structure/document.js";
import { arrivesForTalks } from "./arrivals.js";
import { inside, type MeetingDraft } from "./draft.js";

// Days a draft holds only by a weak reading — the day of arriving for talks, the day talks are to last until — give
// way to a meeting of the same city that the article dates itself, and their sentences become its evidence.

// "the talks, which are tentatively scheduled to last until July 7": the planned last day of a meeting under way.
const LASTS_UNTIL =
  /\b(?:last|lasts|lasting|run|runs|running|continue|continues|go\s+on|goes\s+on)\s+(?:until|till|through)\s+(?:on\s+)?$/i;

/**
 * "arrived on Wednesday in Geneva for a new round of talks" … "The Geneva meeting was set for Thursday": a day known
 * only as the day of arriving for talks yields to the talks' own day in the same city up to three days later.
 */
export function yieldArrivalDays(
  drafts: MeetingDraft[],
  doc: ArticleDocument,
  narrative: string,
): MeetingDraft[] {
  return yieldWeakDays(
    drafts,
    (m, sentence) => arrivesForTalks(narrative, sentence, m),
    (day, other) => other > day && other <= addDays(day, 3),
    doc,
  );
}

/**
 * A day known only as the day a meeting is to last until is that meeting's planned end, when a meeting in the same
 * city began up to two weeks before it: it widens that meeting instead of standing as a meeting of its own.
 */
export function yieldPlannedEnds(
  drafts: MeetingDraft[],
  doc: ArticleDocument,
  narrative: string,
): MeetingDraft[] {
  return yieldWeakDays(
    drafts,
    (m) => LASTS_UNTIL.test(narrative.slice(Math.max(0, m.start - 30), m.start)),
    (day, other) => other < day && other >= addDays(day, -14),
    doc,
    (host, day) => {
      if (!host.endDate || host.endDate < day) host.endDate = day;
    },
  );
}

function yieldWeakDays(
  drafts: MeetingDraft[],
  weak: (mention: MeetingDraft["mentions"][number], sentence: { start: number; end: number }) => boolean,
  near: (day: string, other: string) => boolean,
  doc: ArticleDocument,
  widen: (host: MeetingDraft, day: string) => void = () => {},
): MeetingDraft[] {
  const weakOnly = (d: MeetingDraft): boolean =>
    d.mentions.length > 0 &&
    d.mentions.every((m) => {
      const sentence = doc.sentences.find((s) => inside(m, s));
      return sentence !== undefined && weak(m, sentence);
    });
  const weakDrafts = new Set(drafts.filter(weakOnly));
  return drafts.filter((d) => {
    if (d.endDate || !weakDrafts.has(d)) return true;
    const host = drafts.find(
      (h) => h !== d && h.city === d.city && near(d.date, h.date) && !weakDrafts.has(h),
    );
    if (!host) return true;
    widen(host, d.date);
    for (const e of d.evidence) if (!host.evidence.some((x) => x.start === e.start)) host.evidence.push(e);
    return false;
  });
}
