import { describe, expect, it } from "vitest";
import { icalCalendar, icalEventWriter, meetingsToIcal } from "../../src/formats/ical.js";
import { auth, fixtureArticle, http, writableApp } from "../helpers.js";

describe("GET /meetings.ics written from the statement's values", () => {
  it("writes the same bytes and cursors as the calendar's meetings did, on every page shape", async () => {
    const app = await writableApp();
    for (const name of ["pretoria-day-1", "pretoria-day-2", "pretoria-both-days", "brussels-follow-up"])
      await http(app)
        .post("/articles")
        .set(auth)
        .send({ text: fixtureArticle(name) })
        .expect(201);
    const repos = app.repositories;
    const options = { baseUrl: "http://example.test", stamp: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) };
    const some = repos.meetings.list({ limit: 100 }).rows;
    expect(some.length).toBeGreaterThan(2);
    const participant = repos.participants.list({ limit: 1, kind: "state" }).rows[0]?.id;
    const shapes = [
      {},
      { sort: "-date" as const },
      { country: some[0]?.country as string },
      { city: [some[0]?.city as string] },
      { participant },
      { from: some[1]?.date },
    ];
    for (const shape of shapes)
      for (const limit of [1, 2, 100]) {
        let cursor: string | undefined;
        let pages = 0;
        do {
          const o = { ...shape, limit, cursor };
          const written = repos.meetings.calendarEvents(o, icalEventWriter(options));
          const read = repos.meetings.calendar(o);
          expect(icalCalendar(written.rows.map((r) => r.event))).toBe(meetingsToIcal(read.rows, options));
          expect(written.next).toBe(read.next);
          cursor = written.next ?? undefined;
          pages++;
        } while (cursor && pages < 20);
      }
  });
});
