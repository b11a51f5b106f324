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

  it("names a meeting's articles once each, in order, on every page shape (a participant's too)", async () => {
    const app = await writableApp();
    for (const name of ["pretoria-day-1", "pretoria-day-2", "pretoria-both-days", "brussels-follow-up"])
      await http(app)
        .post("/articles")
        .set(auth)
        .send({ text: fixtureArticle(name) })
        .expect(201);
    const sourcesOf = async (url: string) => {
      const res = await http(app).get(url).expect(200);
      return new ICAL.Component(ICAL.parse(res.text)).getAllSubcomponents("vevent").map((v) => {
        const event = new ICAL.Event(v);
        const articles = [...event.description.matchAll(/\/articles\/([^\s/]+)/g)].map((m) => m[1]);
        return { id: event.uid.replace(/@.*/, ""), articles };
      });
    };
    const expectedOf = async (id: string) => {
      const detail = (await http(app).get(`/meetings/${id}`).expect(200)).body;
      return [...new Set<string>(detail.sources.map((s: { articleId: string }) => s.articleId))].sort();
    };
    const all = await sourcesOf("/meetings.ics?sort=-date");
    let reportedTwice = 0;
    for (const event of all) {
      expect(event.articles).toEqual(await expectedOf(event.id));
      if (event.articles.length > 1) reportedTwice++;
    }
    expect(reportedTwice).toBeGreaterThan(0);
    // A participant's calendar is read off their own index entries, grouped by meeting: one row per meeting still.
    let participant: string | undefined;
    for (const event of [...all].sort((a, b) => b.articles.length - a.articles.length)) {
      const detail = (await http(app).get(`/meetings/${event.id}`).expect(200)).body;
      participant ??= detail.participants[0]?.id;
    }
    expect(participant).toBeDefined();
    const theirs = await sourcesOf(`/meetings.ics?participant=${participant}&limit=1`);
    expect(theirs.length).toBe(1);
    for (const event of theirs) expect(event.articles).toEqual(await expectedOf(event.id));
  });
});
