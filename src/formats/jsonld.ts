import type { Meeting, MeetingDetail } from "../schemas/meeting.js";

const context = "https://schema.org";

/** A meeting as a schema.org Event, the vocabulary search engines and knowledge graphs read. */
export function meetingToEvent(m: Meeting | MeetingDetail, baseUrl: string) {
  const people = "participants" in m ? m.participants.filter((p) => p.kind === "person") : [];
  return {
    "@type": "Event",
    "@id": `${baseUrl}/meetings/${m.id}`,
    name: m.title,
    startDate: m.date,
    endDate: m.endDate ?? m.date,
    // schema.org has no "held": a past event that took place as planned is still EventScheduled.
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: m.city,
      address: { "@type": "PostalAddress", addressLocality: m.city, addressCountry: m.country },
    },
    organizer: m.organizations.map((name) => ({ "@type": "Organization", name })),
    attendee: [
      ...m.parties.map((name) => ({ "@type": "Organization", name })),
      ...people.map((p) => ({
        "@type": "Person",
        name: p.name,
        ...(p.role ? { jobTitle: p.role } : {}),
        ...(p.affiliation ? { affiliation: { "@type": "Organization", name: p.affiliation } } : {}),
      })),
    ],
  };
}

export const meetingJsonLd = (m: Meeting | MeetingDetail, baseUrl: string) => ({
  "@context": context,
  ...meetingToEvent(m, baseUrl),
});

export const meetingListJsonLd = (meetings: Meeting[], baseUrl: string) => ({
  "@context": context,
  "@type": "ItemList",
  itemListElement: meetings.map((m, i) => ({
    "@type": "ListItem",
    position: i + 1,
    item: meetingToEvent(m, baseUrl),
  })),
});
