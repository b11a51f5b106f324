import fc from "fast-check";
import ical from "ical-generator";
import { describe, expect, it } from "vitest";
import { type CalendarMeeting, meetingsToIcal } from "../../src/formats/ical.js";

/** The calendar as ical-generator wrote it before the feed wrote its own: the reference for every byte. */
function referenceIcal(meetings: CalendarMeeting[], options: { baseUrl: string; stamp: Date }): string {
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
      end: new Date(Date.parse(`${m.endDate ?? m.date}T00:00:00Z`) + 86_400_000),
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

// Text with what calendars escape or fold differently: separators, line breaks, accents, CJK, emoji (surrogate
// pairs) and lone surrogates.
const words = fc.array(
  fc.oneof(
    fc.string({
      unit: fc.constantFrom("a", "Z", " ", ",", ";", "\\", "\n", "\r\n", "é", "–", "北", "😀", "\ud800"),
    }),
    fc.string({ minLength: 40, maxLength: 120 }),
  ),
  { minLength: 1, maxLength: 3 },
);
const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const meeting = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9-]{1,90}$/),
    title: words.map((w) => w.join(" ")),
    date: isoDay,
    // A span's length: a meeting never ends before it starts.
    endDate: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    dateCertainty: fc.constant("stated" as const),
    city: words.map((w) => w.join("")),
    country: fc.constantFrom("Switzerland", "Côte d'Ivoire", "日本"),
    status: fc.constantFrom(
      "held" as const,
      "scheduled" as const,
      "postponed" as const,
      "cancelled" as const,
    ),
    rule: fc.constant(null),
    confidence: fc.constant(null),
    sourceCount: fc.nat(5),
    organizations: fc.array(
      words.map((w) => w.join("")),
      { maxLength: 3 },
    ),
    parties: fc.array(
      words.map((w) => w.join("")),
      { maxLength: 4 },
    ),
    sources: fc.array(fc.record({ articleId: fc.stringMatching(/^[a-z0-9-]{1,40}$/) }), { maxLength: 4 }),
  })
  .map(({ endDate, ...m }) => ({
    ...m,
    endDate:
      endDate === null
        ? null
        : new Date(Date.parse(`${m.date}T00:00:00Z`) + endDate * 86_400_000).toISOString().slice(0, 10),
  }));

describe("meetingsToIcal", () => {
  it("writes the bytes ical-generator wrote, escaping and folding included", () => {
    fc.assert(
      fc.property(
        fc.array(meeting, { maxLength: 4 }),
        fc.constantFrom(
          "http://localhost:3000",
          "https://api.example.org/talks-timeline-with-a-long-base-path",
        ),
        fc.date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2100-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        (meetings, baseUrl, stamp) => {
          const options = { baseUrl, stamp };
          expect(meetingsToIcal(meetings, options)).toBe(referenceIcal(meetings, options));
        },
      ),
      { seed: 15, numRuns: 400 },
    );
  });

  it("ends each event on the day after its last, across month, leap-day and year ends", () => {
    const days: string[] = [];
    for (const [from, to] of [
      ["1999-12-01", "2001-03-05"],
      ["2100-02-20", "2100-03-02"],
      ["2400-02-27", "2400-03-01"],
    ]) {
      for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
        days.push(new Date(t).toISOString().slice(0, 10));
    }
    const meetings = days.map((date, i) => ({
      id: `m-${i}`,
      title: "Talks",
      date,
      endDate: i % 2 ? date : null,
      dateCertainty: "stated" as const,
      city: "Geneva",
      country: "Switzerland",
      status: "held" as const,
      rule: null,
      confidence: null,
      sourceCount: 0,
      organizations: [],
      parties: [],
      sources: [],
    }));
    const options = { baseUrl: "http://localhost:3000", stamp: new Date("2026-01-01T00:00:00Z") };
    expect(meetingsToIcal(meetings, options)).toBe(referenceIcal(meetings, options));
  });
});
