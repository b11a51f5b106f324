import ical from "ical-generator";
import type { Meeting } from "../schemas/meeting.js";

export interface CalendarMeeting extends Meeting {
  sources: { articleId: string }[];
}

const nextDay = (isoDate: string): Date => new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000);

/**
 * An RFC 5545 calendar of meetings as all-day events. UIDs are the meeting ids, so a subscribed calendar updates
 * events in place instead of duplicating them; DTSTAMP is the data version's time, so an unchanged feed is
 * byte-identical.
 */
export function meetingsToIcal(
  meetings: Iterable<CalendarMeeting>,
  options: { baseUrl: string; stamp: Date },
): string {
  const calendar = ical({
    name: "Diplomatic talks timeline",
    description: "Meetings extracted from news articles about diplomatic talks",
    prodId: { company: "diplomatic-talks-timeline", product: "api", language: "EN" },
  });
  for (const m of meetings) {
    const who = [
      m.parties.length ? `Parties: ${m.parties.join(", ")}` : null,
      m.organizations.length ? `Organisations: ${m.organizations.join(", ")}` : null,
      `Status: ${m.status}`,
      `Sources: ${[...new Set(m.sources.map((s) => `${options.baseUrl}/articles/${s.articleId}`))].join(" ")}`,
    ];
    calendar.createEvent({
      id: `${m.id}@diplomatic-talks-timeline`,
      start: new Date(`${m.date}T00:00:00Z`),
      // DTEND of an all-day event is exclusive: the day after the last day.
      end: nextDay(m.endDate ?? m.date),
      allDay: true,
      summary: m.title,
      location: `${m.city}, ${m.country}`,
      description: who.filter(Boolean).join("\n"),
      url: `${options.baseUrl}/meetings/${m.id}`,
      stamp: options.stamp,
    });
  }
  return calendar.toString();
}
