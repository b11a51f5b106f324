// What a date in a meeting sentence belongs to: the meeting, another event, the report, an arrival; and what a report
// says of a meeting's status. The word lists behind each live beside it.
import type { Span } from "../types.js";
import { datesArrival } from "./arrivals.js";
import { datesOtherEvent } from "./other-events.js";
import { datesReport } from "./report-dates.js";

export { datesArrival } from "./arrivals.js";
export { datesOtherEvent } from "./other-events.js";
export { datesReport, openingMainVerb } from "./report-dates.js";
export { callsOnSomeone, hasMeetingTrigger } from "./trigger-words.js";

const POSTPONED = /\b(?:postponed|put off|pushed back|delayed|rescheduled|deferred)\b/gi;
const CANCELLED =
  /\b(?:cancell?ed|called off|scrapped|abandoned|(?:withdrew|withdrawn|pulled\s+out)\s+(?:from|of)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:round|talks|negotiations|meeting|summit))\b/gi;
const NEGATED = /\b(?:not|n[’']t|never|no)\s+(?:been\s+|be\s+)?$/i;
// "put off until Friday", "postponed to next week": the date after it is the new one.
const NEW_DATE = /^[^.;]{0,25}\b(?:until|till|to|for)\s+(?:the\s+)?$/i;

// "were due to be held on Sunday", "was supposed to take place on September 4", "Instead of February 21-22": a plan
// the date no longer holds, when the report says elsewhere that the meeting was put off.
const PLAN_BEFORE =
  /\b(?:(?:was|were)\s+(?:supposed|due|planned|scheduled|set|expected)\s+to\b|instead\s+of|originally|initially)[^.;]{0,60}$/i;
const PUT_OFF = /\bpostpon|\bdelay|\bput\s+off|\bpushed\s+back|\breschedul|\bnew\s+date\b/i;

/**
 * The date belongs to something other than a meeting: another event, the report itself, or an arrival (a stay
 * "from" an arrival "until" a later day is a visit, not an arrival).
 */
export function datesNoMeeting(
  work: string,
  sentence: Span,
  mention: Span & { endDate?: string | null },
): boolean {
  // "is scheduled around Jan. 21": an approximate day is no meeting's day.
  // ("around noon on Friday" is about the hour, not the day.)
  if (
    /\b(?:around|about|approximately|roughly|circa)\s+$/i.test(
      work.slice(Math.max(0, mention.start - 16), mention.start),
    ) &&
    !/^(?:noon|midday|midnight|morning|afternoon|evening|night|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|h))/i.test(
      work.slice(mention.start, mention.end),
    )
  )
    return true;
  return (
    datesOtherEvent(work, sentence, mention) ||
    datesReport(work, sentence, mention) ||
    (!mention.endDate && datesArrival(work, sentence, mention))
  );
}

/** "postponed" or "cancelled" when the sentence says so of the meeting on this date, else null. */
export function statusStated(work: string, sentence: Span, mention: Span): "postponed" | "cancelled" | null {
  const stated = statusInSentence(work, sentence, mention);
  if (stated) return stated;
  const before = work.slice(sentence.start, mention.start);
  // ("… was expected this evening, has been postponed until tomorrow": the date after the put-off is the new one.)
  const plan = PLAN_BEFORE.test(before) && !PUT_OFF.test(before.slice(-50));
  return plan && PUT_OFF.test(work) ? "postponed" : null;
}

function statusInSentence(work: string, sentence: Span, mention: Span): "postponed" | "cancelled" | null {
  const text = work.slice(sentence.start, sentence.end);
  for (const [re, status] of [
    [CANCELLED, "cancelled"],
    [POSTPONED, "postponed"],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = sentence.start + m.index;
      if (NEGATED.test(text.slice(0, m.index))) continue;
      const end = at + m[0].length;
      if (end <= mention.start && NEW_DATE.test(work.slice(end, mention.start))) continue;
      return status;
    }
  }
  return null;
}
