import { describe, expect, it } from "vitest";
import { seedQuoteTexts } from "../fixtures/seed-expected.js";
import { http, seededApp, seedText } from "../helpers.js";

describe("GET /quotes", () => {
  it("serves Ryabkov's seven quotes from the body, with offsets that point at the quoted characters", async () => {
    const res = await http(await seededApp())
      .get("/quotes?limit=100")
      .expect(200);
    const quotes = [...res.body.data].sort((a, b) => a.start - b.start);
    expect(quotes.map((q: { text: string }) => q.text)).toEqual(seedQuoteTexts);
    const headlineEnd = seedText.indexOf("\n");
    for (const q of quotes) {
      expect(q.speaker).toEqual({ id: "sergey-ryabkov", name: "Sergey Ryabkov" });
      expect(seedText.slice(q.start, q.end)).toBe(q.text);
      expect(q.start).toBeGreaterThan(headlineEnd);
    }
  });

  it("filters by speaker and meeting", async () => {
    const app = await seededApp();
    const bySpeaker = await http(app).get("/quotes?speaker=sergey-ryabkov&limit=100").expect(200);
    expect(bySpeaker.body.data).toHaveLength(7);
    const byMeeting = await http(app).get("/quotes?meeting=2022-01-10-geneva&limit=100").expect(200);
    expect(byMeeting.body.data.length).toBeGreaterThan(0);
    expect(byMeeting.body.data.every((q: { meetingId: string }) => q.meetingId === "2022-01-10-geneva")).toBe(
      true,
    );
    const nobody = await http(app).get("/quotes?speaker=nobody").expect(200);
    expect(nobody.body.data).toEqual([]);
  });

  it("pages with limit and cursor", async () => {
    const app = await seededApp();
    const first = await http(app).get("/quotes?limit=5").expect(200);
    expect(first.body.data).toHaveLength(5);
    const second = await http(app).get(`/quotes?limit=5&cursor=${first.body.page.next}`).expect(200);
    expect(second.body.data).toHaveLength(2);
    expect(second.body.page.next).toBeNull();
  });
});

describe("GET /quotes/:id", () => {
  it("gets a quote by id and answers 404 for an unknown one", async () => {
    const app = await seededApp();
    const list = await http(app).get("/quotes?limit=1").expect(200);
    const [quote] = list.body.data;
    const res = await http(app).get(`/quotes/${quote.id}`).expect(200);
    expect(res.body).toEqual({ ...quote, corrections: [] });
    await http(app).get("/quotes/q-000000000000").expect(404);
  });
});
