import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { auth, fixtureArticle, http, writableApp } from "../helpers.js";

describe("GET /meetings.ics sources", () => {
  it("names under each event the articles that support that meeting, and only those", async () => {
    const app = await writableApp();
    for (const name of ["pretoria-day-1", "brussels-follow-up"])
      await http(app)
        .post("/articles")
        .set(auth)
        .send({ text: fixtureArticle(name) })
        .expect(201);
    const res = await http(app).get("/meetings.ics").expect(200);
    const events = new ICAL.Component(ICAL.parse(res.text))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    const articlesOf = (description: string) =>
      [...description.matchAll(/\/articles\/([^\s/]+)/g)].map((m) => m[1]).sort();
    const distinct = new Set<string>();
    for (const event of events) {
      const id = event.uid.replace(/@.*/, "");
      const detail = (await http(app).get(`/meetings/${id}`).expect(200)).body;
      const expected = [...new Set(detail.sources.map((s: { articleId: string }) => s.articleId))].sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(articlesOf(event.description)).toEqual(expected);
      distinct.add(expected.join());
    }
    // The articles differ between meetings, so a mix-up between events would show.
    expect(distinct.size).toBeGreaterThan(1);
  });
});
