import type { ArticleDocument } from "../structure/document.js";
import type { Sentence } from "../structure/sentences.js";
import type { Span } from "../types.js";
import { anotherMeeting, type MeetingDraft } from "./draft.js";

// One sentence, several meetings: "will hold meetings with A, B and C", "to pay courtesy calls on A and on B", "the summits with the GCC and China are
// scheduled for May 27", "on the sidelines of the summit he also met with A, B and C, … with each of them". Each
// counterpart is a meeting of its own on the same day and in the same city.

// A plural meeting noun before "with", or a verb of meeting with a cue that the meetings were one by one.
const PLURAL_WITH =
  /\b(?:(?:separate|bilateral|respective|individual)\s+)?(?:meetings|summits)\s+(?:[^,;.]{0,30}?\s)?with\s+|\bcourtesy\s+calls\s+on\s+/i;
const MET_WITH = /\b(?:met|meet|meets|meeting)\s+(?:separately\s+)?with\s+/i;
const ONE_BY_ONE = /\b(?:separately|respectively|with\s+each\s+of\s+them|one-on-one|one\s+by\s+one)\b/i;
// Where the list of counterparts ends.
const LIST_END =
  /[;.:]|,\s*(?:discussing|where|which|who|to|as|in|at|on|in\s+order|during|after|before|following)\b|\s+(?:on|at|in|during)\s+the\s+(?:sidelines|margins)\b|\s+(?:are|is|was|were|will|would|has|have|had)\b/;
const ITEM_SPLIT = /(,\s*(?:and\s+)?(?:(?:with|on)\s+)?|\s+and\s+(?:(?:with|on)\s+)?)/;

/** The counterparts a sentence lists after its meeting cue, as spans (two to six of them), else none. */
export function separateCounterparts(work: string, sentence: Span): Span[] {
  const text = work.slice(sentence.start, sentence.end);
  const cue = PLURAL_WITH.exec(text) ?? (ONE_BY_ONE.test(text) ? MET_WITH.exec(text) : null);
  if (!cue) return [];
  const from = cue.index + cue[0].length;
  const rest = text.slice(from);
  const end = LIST_END.exec(rest)?.index ?? rest.length;
  const list = rest.slice(0, end);
  const items: Span[] = [];
  // Items and the separators between them; the item after "and" is the last.
  const parts = list.split(ITEM_SPLIT);
  let at = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? "";
    const offset = list.indexOf(part, at);
    at = offset + part.length;
    // A counterpart is a name, short and capitalised ("the GCC", "China", "President Vladimir Putin of …"); a
    // longer run is a clause of its own and ends the list.
    if (
      !/^(?:(?:the|both)\s+(?:\p{Ll}+[’']s\s+)?|(?:new|former)\s+)?\p{Lu}/u.test(part) ||
      part.split(/\s+/).length > 9
    )
      break;
    items.push({ start: sentence.start + from + offset, end: sentence.start + from + at });
    if (/\band\b/.test(parts[i - 1] ?? "")) break;
  }
  // "separate meetings with Serbia's Vucic and Kosovo's Kurti": a mediator seeing the two sides of one dialogue holds
  // one round of it, which reports list as one meeting.
  if (items.length === 2 && /^(?:separate|bilateral)\b/i.test(cue[0])) return [];
  return items.length >= 2 && items.length <= 6 ? items : [];
}

// How far a draft's date is from the counterparts, a clause boundary between them counting as far.
const distance = (work: string, d: MeetingDraft, at: number): number =>
  Math.min(
    ...d.mentions.map((m) => {
      const between = work.slice(Math.min(m.end, at), Math.max(m.start, at));
      return Math.abs(m.start - at) + (/[,;]/.test(between) ? 1000 : 0);
    }),
  );

/**
 * Adds a draft per further counterpart: a dated sentence splits the draft it dates; an undated "on the sidelines of"
 * sentence splits the article's only draft.
 */
export function splitSeparateMeetings(
  doc: ArticleDocument,
  drafts: MeetingDraft[],
  narrative: string,
): MeetingDraft[] {
  const extra: MeetingDraft[] = [];
  // The draft a sentence's own date places, the one nearest the counterparts when it dates several.
  const owner = (s: Sentence, near: number): MeetingDraft | undefined =>
    drafts
      .filter((d) => d.mentions.some((m) => m.start >= s.start && m.end <= s.end))
      .sort((a, b) => distance(narrative, a, near) - distance(narrative, b, near))[0] ??
    (drafts.length === 1 && /\b(?:sidelines|margins)\s+of\b/i.test(narrative.slice(s.start, s.end))
      ? drafts[0]
      : undefined);
  const split = new Set<MeetingDraft>();
  for (const sentence of doc.sentences) {
    const items = separateCounterparts(narrative, sentence);
    const draft = items.length > 0 ? owner(sentence, items[0]?.start ?? 0) : undefined;
    // Several sentences may list the same meetings: a draft is split once.
    if (!draft || split.has(draft)) continue;
    split.add(draft);
    const subject = { start: sentence.start, end: items[0]?.start ?? sentence.start };
    // When the sentence made the draft, its first counterpart stays with it; the others (all of them, after "on the
    // sidelines of" another meeting) get drafts of their own, described by the subject's words and their own.
    const own = draft.evidence.some((e) => e.start === sentence.start);
    for (const item of own ? items.slice(1) : items)
      extra.push(anotherMeeting(draft, [subject, item], sentence));
  }
  return [...drafts, ...extra];
}
