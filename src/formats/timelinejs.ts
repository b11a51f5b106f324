import type { Meeting } from "../schemas/meeting.js";

interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

function timelineDate(isoDate: string): TimelineDate {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** The meetings as a TimelineJS 3 JSON document (https://timeline.knightlab.com/docs/json-format.html). */
export function meetingsToTimelineJs(meetings: Iterable<Meeting>) {
  const events = [];
  for (const m of meetings) {
    const sides = [...m.parties, ...m.organizations.filter((o) => !m.parties.includes(o))];
    events.push({
      unique_id: m.id,
      start_date: timelineDate(m.date),
      ...(m.endDate ? { end_date: timelineDate(m.endDate) } : {}),
      text: {
        headline: m.title,
        text: `${m.city}, ${m.country} — ${m.status}${sides.length ? `. ${sides.join(", ")}` : ""}`,
      },
      group: m.organizations[0] ?? m.country,
    });
  }
  return {
    title: { text: { headline: "Diplomatic talks timeline", text: "Meetings extracted from news articles" } },
    events,
  };
}
