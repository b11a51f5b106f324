import type { ArticleDocument } from "../structure/document.js";
import type { Span } from "../types.js";
import { anotherMeeting, inside, type MeetingDraft } from "./draft.js";

// A visit's further meeting of the day: "Minister A also received Sheikh B … in Istanbul on the same day", "Earlier
// today, Guterres has also met with Prime Minister Abiy". Readouts list each counterpart a visitor sees as a
// meeting of its own; the sentence names no date of its own, or the day of a meeting already placed.

const FURTHER_MEETING =
  /\b(?:also|separately|[Ll]ater|[Ee]arlier|[Aa]fterwards)\b[^.;:“”"]{0,80}?\b(?:met|meets|meet|received|receives|hosted|held\s+(?:talks|a\s+meeting|separate\s+talks)\s+with|sat\s+down\s+with|in\s+a\s+meeting\s+with|called\s+on|calls\s+on)\s+(?:on\s+[\p{L}\d.]+(?:\s+\d{1,2})?\s+)?(?:with\s+)?((?:the\s+|his\s+|her\s+|their\s+)?\p{Lu}[^.;:“”"]{2,120})/u;
// The same day as the meeting before: said, not inferred from the sentence's silence.
// (A sentence that opens with "Later," or "Afterwards," goes on with the day before it.)
const SAME_DAY =
  /\b(?:on\s+the\s+same\s+day|the\s+same\s+day|that\s+same\s+day|earlier\s+(?:today|in\s+the\s+day)|later\s+(?:today|in\s+the\s+day|that\s+day)|that\s+day)\b|^\s*(?:Later|Afterwards),/i;

/** Adds a draft for each sentence that reports another counterpart met on the day of a meeting already placed. */
export function addFurtherMeetings(
  doc: ArticleDocument,
  drafts: MeetingDraft[],
  narrative: string,
  dates: Span[],
  places: (Span & { city?: string; country: string })[] = [],
): MeetingDraft[] {
  const extra: MeetingDraft[] = [];
  for (const sentence of doc.sentences) {
    const text = narrative.slice(sentence.start, sentence.end);
    const met = FURTHER_MEETING.exec(text);
    if (!met?.[1]) continue;
    const own = drafts.filter((d) =>
      d.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end),
    );
    const before = drafts.filter((d) => d.evidence.some((e) => e.end <= sentence.start));
    // ("Mr. Kwatra also called on President Bhandari": in a report of one meeting day, a past "also" adds to that day;
    // "is also due to meet" gives no day.)
    const sameDay =
      SAME_DAY.test(text) ||
      (drafts.length === 1 &&
        /\balso\s+(?:met|received|hosted|held|called\s+on|sat\s+down)\b/.test(
          text.slice(0, (met.index ?? 0) + 60),
        ));
    const draft =
      own.length === 1
        ? own[0]
        : own.length === 0 && sameDay && before.length === 1 && !dates.some((d) => inside(d, sentence))
          ? before[0]
          : undefined;
    if (!draft) continue;
    // "Biden met with President Abbas in the West Bank earlier in the day": a sentence naming another place tells a
    // meeting there, not another of this city's.
    const here = (p: Span & { city?: string; country: string }) =>
      p.city ? p.city === draft.city : p.country === draft.country;
    if (places.some((p) => inside(p, sentence) && !here(p))) continue;
    // The counterpart (its first capitalised words) must be someone the meeting's own sentences do not name.
    const counterpart =
      /^(?:the\s+|his\s+|her\s+|their\s+)?((?:\p{Lu}[\p{L}’'.-]*\s*){1,4})/u.exec(met[1])?.[1]?.trim() ?? "";
    const described = draft.evidence
      .filter((e) => e.start !== sentence.start)
      .some((e) => narrative.slice(e.start, e.end).includes(counterpart));
    if (counterpart === "" || described || draft.evidence.every((e) => e.start === sentence.start)) continue;
    const at = sentence.start + (met.index ?? 0);
    const region: Span = { start: at, end: sentence.end };
    extra.push(anotherMeeting(draft, [region], sentence));
  }
  return [...drafts, ...extra];
}
