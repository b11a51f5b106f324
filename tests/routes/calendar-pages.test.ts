import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { appOver, seededDatabase } from "../helpers.js";

/** The seed plus `extra` meetings in Oslo, one a day from 2030-01-01. */
async function appWithMeetings(extra: number) {
  const db = seededDatabase();
  const insert = db.$client.prepare(
    `INSERT INTO meetings (id, title, date, date_certainty, city, country, city_key, country_key, status)
     VALUES (?, 'Talks in Oslo', date('2030-01-01', ? || ' days'), 'stated', 'Oslo', 'Norway', 'oslo', 'norway', 'held')`,
  );
  db.$client.transaction(() => {
    for (let i = 0; i < extra; i++) insert.run(`oslo-${String(i).padStart(4, "0")}`, i);
  })();
  return appOver(db);
}

const uids = (body: string) =>
  new ICAL.Component(ICAL.parse(body))
    .getAllSubcomponents("vevent")
    .map((v) => String(v.getFirstPropertyValue("uid")).replace(/@.*/, ""));

/** The path of a `Link: <…>; rel="next"` header. */
const nextOf = (link: unknown) =>
  typeof link === "string" ? /^<([^>]+)>; rel="next"$/.exec(link)?.[1] : undefined;

describe("GET /meetings.ics pages", () => {
  it("holds at most 100 events by default and links the next ones", async () => {
    const app = await appWithMeetings(250);
    const first = await app.inject("/meetings.ics?country=norway");
    expect(first.statusCode).toBe(200);
    const events = uids(first.body);
    expect(events).toHaveLength(100);
    expect(events[0]).toBe("oslo-0000");
    expect(nextOf(first.headers.link)).toMatch(/^\/meetings\.ics\?country=norway&cursor=/);
  });

  it("pages through every matching meeting once, in sort order, the last page without a link", async () => {
    const app = await appWithMeetings(250);
    for (const sort of ["date", "-date"]) {
      const seen: string[] = [];
      let path: string | undefined = `/meetings.ics?country=norway&limit=120&sort=${sort}`;
      let pages = 0;
      while (path) {
        const res = await app.inject(path);
        expect(res.statusCode).toBe(200);
        seen.push(...uids(res.body));
        path = nextOf(res.headers.link);
        pages++;
      }
      expect(pages).toBe(3);
      const all = Array.from({ length: 250 }, (_, i) => `oslo-${String(i).padStart(4, "0")}`);
      expect(seen).toEqual(sort === "date" ? all : all.reverse());
    }
  });

  it("takes up to 500 events and refuses more", async () => {
    const app = await appWithMeetings(600);
    const res = await app.inject("/meetings.ics?country=norway&limit=500");
    expect(uids(res.body)).toHaveLength(500);
    const refused = await app.inject("/meetings.ics?limit=501");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ in: "query", name: "limit" });
  });

  it("sends no link when every match fits", async () => {
    const app = await appOver(seededDatabase());
    const res = await app.inject("/meetings.ics");
    expect(uids(res.body)).toHaveLength(3);
    expect(res.headers.link).toBeUndefined();
  });
});

describe("GET /timeline.json pages", () => {
  const ids = (body: string) =>
    (JSON.parse(body) as { events: { unique_id: string }[] }).events.map((e) => e.unique_id);

  it("holds at most 100 events by default and links the next ones, as the calendar does", async () => {
    const app = await appWithMeetings(250);
    const first = await app.inject("/timeline.json?country=norway");
    expect(first.statusCode).toBe(200);
    expect(ids(first.body)).toHaveLength(100);
    expect(ids(first.body)[0]).toBe("oslo-0000");
    expect(nextOf(first.headers.link)).toMatch(/^\/timeline\.json\?country=norway&cursor=/);
  });

  it("pages through every matching meeting once, in sort order, the last page without a link", async () => {
    const app = await appWithMeetings(250);
    for (const sort of ["date", "-date"]) {
      const seen: string[] = [];
      let path: string | undefined = `/timeline.json?country=norway&limit=120&sort=${sort}`;
      while (path) {
        const res = await app.inject(path);
        expect(res.statusCode).toBe(200);
        expect(JSON.parse(res.body).title.text.headline).toBe("Diplomatic talks timeline");
        seen.push(...ids(res.body));
        path = nextOf(res.headers.link);
      }
      const all = Array.from({ length: 250 }, (_, i) => `oslo-${String(i).padStart(4, "0")}`);
      expect(seen).toEqual(sort === "date" ? all : all.reverse());
    }
  });

  it("takes up to 500 events and refuses more", async () => {
    const app = await appWithMeetings(600);
    expect(ids((await app.inject("/timeline.json?country=norway&limit=500")).body)).toHaveLength(500);
    const refused = await app.inject("/timeline.json?limit=501");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ in: "query", name: "limit" });
  });

  it("sends every meeting and no link when they fit", async () => {
    const app = await appOver(seededDatabase());
    const res = await app.inject("/timeline.json");
    expect(ids(res.body)).toHaveLength(3);
    expect(res.headers.link).toBeUndefined();
  });
});
