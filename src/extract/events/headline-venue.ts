import { addDays } from "../mentions/calendar.js";
import type { PlaceMention } from "../mentions/places.js";
import type { Sentence } from "../structure/sentences.js";
import type { MeetingDraft } from "./draft.js";

// A headline names the city of an article's story. Where a sentence of the article places a meeting in that city
// itself, a meeting on other days whose city came from the headline alone ("Tatar will receive the British minister
// on Friday" under "Tatar invited to Geneva talks") is another event whose venue the article does not give, unless a
// sentence beside its own names the city ("will return to Jeddah on Thursday, after two days of talks in the Saudi
// city" … "The talks on June 5-6").
// (Ingest relies on this: tests/ingest/headline-venue.test.ts posts such a report.)
const FROM_HEADLINE = new Set(["headline", "headline-today"]);
const OWN_SENTENCE = new Set(["sentence", "echo", "quoted"]);

const lastOf = (m: MeetingDraft) => m.endDate ?? m.date;
const touch = (a: MeetingDraft, b: MeetingDraft) =>
  addDays(a.date, -1) <= lastOf(b) && addDays(lastOf(a), 1) >= b.date;

/** Drops meetings whose city is only the headline's while a sentence places another meeting there on other days. */
export function dropTakenHeadlineVenues(
  drafts: MeetingDraft[],
  sentences: Sentence[],
  places: PlaceMention[],
  work: string,
): MeetingDraft[] {
  const besideCity = (m: MeetingDraft): boolean =>
    m.evidence.some((e) => {
      const i = sentences.findIndex((s) => s.start === e.start);
      const near = [sentences[i - 1], sentences[i + 1]].filter((s): s is Sentence => s !== undefined);
      return places.some(
        (p) =>
          p.city === m.city &&
          near.some((s) => p.start >= s.start && p.end <= s.end) &&
          /\b(?:days?\s+of\s+)(?:talks|meetings|negotiations|consultations)\s+(?:in|at)\s+(?:the\s+)?$/.test(
            work.slice(Math.max(0, p.start - 40), p.start),
          ),
      );
    });
  return drafts.filter((m) => {
    if (!FROM_HEADLINE.has(m.rule)) return true;
    const placed = drafts.filter((o) => o !== m && OWN_SENTENCE.has(o.rule) && o.city === m.city);
    return placed.length === 0 || placed.some((o) => touch(m, o)) || besideCity(m);
  });
}
