import { ROLE_WORDS } from "../lexicon/index.js";
import { isOrganizationWord } from "../mentions/organizations.js";
import { countryOf } from "../mentions/places.js";
import type { ArticleDocument } from "../structure/document.js";
import type { Span } from "../types.js";
import { anotherMeeting, inside, type MeetingDraft } from "./draft.js";
import { separateCounterparts } from "./separate-meetings.js";

// A visit's programme, as readouts write it: once a meeting of the day is placed, the sentences that follow list
// the visitor's further counterparts one by one ("A meeting with X came next", "after which he met Y", "and, in a
// further meeting, Z", "Meetings with A, and afterwards with B, came next"). Each counterpart is a meeting of its own
// on that day and in that city, until a sentence gives another day or another city.

// A cue, then the counterpart's name (a title may come first: "met President Yoweri Museveni"). Not "talks with X":
// reports retell the day's talks with the names they first left out ("officials were opening talks … in-person
// talks with Wendy Sherman").
const COUNTERPART =
  /\b(?:met|meets|saw|sees|received|receives|called\s+on|calls\s+on|(?:meeting|meetings|lunch|luncheon|dinner|breakfast|audience)\s+(?:[\p{Ll}]+\s+){0,3}?with|(?:and|afterwards|then|later)\s+with|in\s+a\s+(?:further|separate|another|second)\s+meeting,?(?:\s+(?:he|she)\s+(?:met|saw))?)\s+(?:with\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*)/gu;

const DAY_SHIFT =
  /\b(?:next|following|second|third|last|final|previous)\s+day\b|\bday\s+(?:after|before)\b|\b(?:tomorrow|yesterday)\b/i;
// ("the three-corner meeting with", "Netanyahu’s meeting with Gen. Burhan": a meeting already told.)
const DEFINITE = /(?:\b(?:the|this|that|its|their|his|her|our)|[’']s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Each person a sentence names after a meeting cue: the last word of the name, with its span. */
function counterpartsIn(work: string, s: Span): { key: string; span: Span }[] {
  const text = work.slice(s.start, s.end);
  const out: { key: string; span: Span }[] = [];
  for (const m of text.matchAll(COUNTERPART)) {
    // "the three-corner meeting with Council President Charles Michel": a meeting already told, with its host.
    const noun = /^(?:meeting|meetings|lunch|luncheon|dinner|breakfast|audience)\b/.test(m[0]);
    if (noun && DEFINITE.test(text.slice(0, m.index))) continue;
    const name = m[1]?.trim() ?? "";
    if (countryOf(name) || isOrganizationWord(name)) continue;
    // "saw Saudi King Salman": the state's adjective before a title is no part of the name.
    const all = name.split(/\s+/);
    while (all.length > 1 && countryOf(all[0] ?? "")) all.shift();
    const titled = all.some((w) => ROLE_WORDS.has(w.toLowerCase()));
    const words = all.filter((w) => !ROLE_WORDS.has(w.toLowerCase()));
    // A person is named by two words that are no title, state or organisation, or by one after a title.
    if (words.length < (titled ? 1 : 2)) continue;
    if (words.some((w) => countryOf(w) || isOrganizationWord(w))) continue;
    const at = s.start + (m.index ?? 0);
    out.push({ key: (words.at(-1) ?? "").replace(/[’']s$/, ""), span: { start: at, end: at + m[0].length } });
  }
  return out;
}

/** Adds a draft for each further counterpart a visit's programme lists on the day of a meeting already placed. */
export function addProgrammeMeetings(
  doc: ArticleDocument,
  drafts: MeetingDraft[],
  narrative: string,
  dates: Span[],
  places: (Span & { city?: string; country: string })[],
): MeetingDraft[] {
  const extra: MeetingDraft[] = [];
  // Counterparts already seen per day and city: named in any sentence of a meeting there.
  const seen = new Map<MeetingDraft, Set<string>>();
  const known = (d: MeetingDraft): Set<string> => {
    let set = seen.get(d);
    if (!set) {
      set = new Set<string>();
      for (const other of drafts)
        if (other.date === d.date && other.city === d.city)
          for (const e of other.evidence)
            for (const w of narrative.slice(e.start, e.end).match(/\p{Lu}[\p{L}’'-]+/gu) ?? [])
              set.add(w.replace(/[’']s$/, ""));
      seen.set(d, set);
    }
    return set;
  };
  let context: MeetingDraft | undefined;
  for (const sentence of doc.sentences) {
    const own = drafts.filter((d) => d.evidence.some((e) => e.start === sentence.start));
    const dated = dates.some((d) => inside(d, sentence));
    // A sentence that places a meeting sets the day; one with another date or city ends the programme.
    if (own.length > 0) {
      context = own.length === 1 ? own[0] : undefined;
      continue;
    }
    // ("The next day brought the meeting with President al Sisi": a day the date stage does not resolve.)
    const text = narrative.slice(sentence.start, sentence.end);
    // (A country is another place unless it is the city's: "Biden met Abbas in the West Bank earlier in the day". A
    // sentence naming the programme's own city ends it too: "At Blair House in Washington, Blinken held a meeting
    // with …" retells the meeting of the day as often as it adds one.)
    const elsewhere = places.some((c) => inside(c, sentence) && (c.city || c.country !== context?.country));
    if (dated || DAY_SHIFT.test(text) || elsewhere) {
      context = undefined;
      continue;
    }
    if (!context) continue;
    // ("… was Mr Netanyahu in 2011, when he met Hosni Mubarak": a sentence naming another year tells another time.)
    if ([...text.matchAll(/\b(?:19|20)\d\d\b/g)].some((y) => y[0] !== doc.header.date.slice(0, 4))) continue;
    const names = known(context);
    // ("will meet separately with NC President Sher Bahadur Deuba and CPN-UML Chairperson KP Sharma Oli": each
    // counterpart of a one-by-one list too.)
    const listed = separateCounterparts(narrative, sentence).map((span) => ({
      key: (narrative.slice(span.start, span.end).trim().split(/\s+/).at(-1) ?? "").replace(/[’']s$/, ""),
      span,
    }));
    for (const { key, span } of [...counterpartsIn(narrative, sentence), ...listed]) {
      if (!/^\p{Lu}/u.test(key)) continue;
      if (names.has(key)) continue;
      names.add(key);
      extra.push(anotherMeeting(context, [span], sentence));
    }
  }
  return [...drafts, ...extra];
}
