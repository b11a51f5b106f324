import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meetingsToTimelineJs } from "../../src/formats/timelinejs.js";
import type { Meeting } from "../../src/schemas/meeting.js";
import { http, seededApp } from "../helpers.js";

/** The document as it was written before events became one object literal each (a spread, a split per date). */
function referenceTimelineJs(meetings: Meeting[]) {
  const date = (iso: string) => {
    const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
    return { year, month, day };
  };
  return {
    title: { text: { headline: "Diplomatic talks timeline", text: "Meetings extracted from news articles" } },
    events: meetings.map((m) => {
      const sides = [...m.parties, ...m.organizations.filter((o) => !m.parties.includes(o))];
      return {
        unique_id: m.id,
        start_date: date(m.date),
        ...(m.endDate ? { end_date: date(m.endDate) } : {}),
        text: {
          headline: m.title,
          text: `${m.city}, ${m.country} — ${m.status}${sides.length ? `. ${sides.join(", ")}` : ""}`,
        },
        group: m.organizations[0] ?? m.country,
      };
    }),
  };
}

const day = fc
  .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const names = fc.array(fc.constantFrom("Russia", "United States", "NATO", "OSCE", "", "Ukraine, EU"), {
  maxLength: 4,
});
const meeting = fc.record({
  id: fc.string({ minLength: 1 }),
  title: fc.string(),
  date: day,
  endDate: fc.option(day, { nil: null }),
  city: fc.string(),
  country: fc.string(),
  status: fc.constantFrom("held", "scheduled", "postponed", "cancelled"),
  organizations: names,
  parties: names,
}) as unknown as fc.Arbitrary<Meeting>;

describe("meetingsToTimelineJs", () => {
  it("writes the same document as before, field for field", () => {
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 5 }), (meetings) => {
        expect(JSON.stringify(meetingsToTimelineJs(meetings))).toBe(
          JSON.stringify(referenceTimelineJs(meetings)),
        );
      }),
    );
  });

  it("reads a day off its digits, whatever the year", () => {
    const [event] = meetingsToTimelineJs([
      {
        id: "m",
        title: "t",
        date: "0099-02-03",
        endDate: "2022-12-31",
        city: "c",
        country: "k",
        status: "held",
        organizations: [],
        parties: [],
      } as unknown as Meeting,
    ]).events;
    expect(event).toMatchObject({
      start_date: { year: 99, month: 2, day: 3 },
      end_date: { year: 2022, month: 12, day: 31 },
    });
  });
});

describe("GET /timeline.json", () => {
  it("leaves out the end date of a one-day meeting, as before", async () => {
    const app = await seededApp();
    const meetings = (await http(app).get("/meetings").expect(200)).body.data as Meeting[];
    const res = await http(app).get("/timeline.json").expect(200);
    expect(res.body).toEqual(referenceTimelineJs(meetings));
    for (const [i, event] of (res.body.events as object[]).entries())
      expect(Object.hasOwn(event, "end_date")).toBe(meetings[i]?.endDate != null);
  });
});
