// The clause of a date in a sentence: what a report says of a meeting on that day is there, not in the rest of the
// sentence ("No accord is expected before the summer, the negotiator said on Tuesday after a round of talks").

/** What ends a clause around a date: "assistance since July 28, as observers to the GBC meeting" is two. */
const CLAUSE_END = /[,;:()—–]|\s-\s/g;

/**
 * What may stand beside a date in a clause of its own, which then says nothing but when: "On Monday,", "Earlier on
 * February 17,", "Later that day,", "Back in March,".
 */
const ONLY_WHEN =
  /^(?:\s|\b(?:on|in|at|by|since|until|of|that|the|earlier|later|then|and|but|also|again|back|already|previously|meanwhile|first|finally)\b)*$/i;

/** The clause of a date; a date that opens the sentence alone ("On Monday, Trump will chair a summit") has the next. */
export function clauseAround(work: string, from: number, to: number, at: number, length: number) {
  let start = from;
  const ends: number[] = [];
  for (const m of work.slice(from, to).matchAll(CLAUSE_END)) {
    const i = from + (m.index ?? 0);
    if (i < at) start = i + m[0].length;
    else if (i >= at + length) ends.push(i);
  }
  const end = ends[0] ?? to;
  const fronted =
    ends.length > 0 &&
    ONLY_WHEN.test(work.slice(start, at)) &&
    ONLY_WHEN.test(work.slice(at + length, end).replace(/[.]/g, ""));
  if (!fronted) return { start, end: ends[0] ?? to };
  // "On Friday, Marcelo Ebrard, Mexico's foreign secretary met with …": a subject set off by commas is no clause of
  // its own; the clause of the date runs on to its verb.
  const next = ends[1] ?? to;
  const subject = ends[1] !== undefined && APPOSED.test(work.slice(end + 1, next));
  return { start, end: (subject ? ends[2] : next) ?? to };
}

/** A name standing alone between commas ("Marcelo Ebrard", "Alberto van Klaveren"): capitalised words, no verb. */
const APPOSED =
  /^\s*(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|del|da|der|den|al|bin|ibn|el|la|le)){0,4}\s*$/u;

/** The clause of a sentence holding `dateText` (the first place it occurs), or the whole sentence without it. */
export function clauseOfDate(sentence: string, dateText: string | null): string {
  const at = dateText ? sentence.indexOf(dateText) : -1;
  if (at < 0 || !dateText) return sentence;
  const clause = clauseAround(sentence, 0, sentence.length, at, dateText.length);
  return sentence.slice(clause.start, clause.end);
}

/** Where a sentence puts something: "in North Macedonia", "at the Latvian city of Riga". */
const PLACED = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u;

/**
 * The clause of the place in a sentence with no date ("The step, which followed 12 hours of talks in North Macedonia,
 * will close decades of tensions": the talks are over, the step is to come), or the whole sentence without one.
 */
export function clauseOfPlace(sentence: string): string {
  const m = PLACED.exec(sentence);
  if (!m) return sentence;
  const clause = clauseAround(sentence, 0, sentence.length, m.index, m[0].length);
  return sentence.slice(clause.start, clause.end);
}
