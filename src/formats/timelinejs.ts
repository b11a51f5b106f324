import type { Meeting } from "../schemas/meeting.js";

interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day as TimelineJS's date object. `YYYY-MM-DD` is read by slicing: a split and a map per date were 3%
 * of a document's CPU (docs/scaling.md, eleventh round); anything else takes the split as before.
 */
function timelineDate(isoDate: string): TimelineDate {
  if (isoDay.test(isoDate))
    return {
      year: Number(isoDate.slice(0, 4)),
      month: Number(isoDate.slice(5, 7)),
      day: Number(isoDate.slice(8, 10)),
    };
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** `. ` and the sides a meeting's event names (its parties, then the organisations that are not a party), or "". */
function sidesOf(m: Meeting): string {
  let sides = m.parties.length ? `. ${m.parties.join(", ")}` : "";
  for (const o of m.organizations) if (!m.parties.includes(o)) sides += sides ? `, ${o}` : `. ${o}`;
  return sides;
}

/**
 * The meetings as a TimelineJS 3 JSON document (https://timeline.knightlab.com/docs/json-format.html). Each event
 * is one object literal: `{ …, ...(end ? { end_date } : {}), text }` (a spread followed by more properties) made
 * objects V8 promoted to the old generation (docs/scaling.md, tenth round); the serializer writes fields in the
 * schema's order and leaves out an undefined `end_date`, so the JSON is the same.
 */
export function meetingsToTimelineJs(meetings: Iterable<Meeting>) {
  const events = [];
  for (const m of meetings) {
    events.push({
      unique_id: m.id,
      start_date: timelineDate(m.date),
      end_date: m.endDate ? timelineDate(m.endDate) : undefined,
      text: {
        headline: m.title,
        text: `${m.city}, ${m.country} — ${m.status}${sidesOf(m)}`,
      },
      group: m.organizations[0] ?? m.country,
    });
  }
  return {
    title: { text: { headline: "Diplomatic talks timeline", text: "Meetings extracted from news articles" } },
    events,
  };
}
