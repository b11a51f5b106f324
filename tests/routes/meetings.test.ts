import { describe, expect, it } from "vitest";
import { http, seededApp, seedText } from "../helpers.js";

describe("GET /meetings", () => {
  it("lists the seed's three meetings by date with their venue, status, organisations and parties", async () => {
    const res = await http(await seededApp())
      .get("/meetings")
      .expect(200);
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    expect(res.body.page).toEqual({ limit: 20, next: null, total: 3 });
    const summary = res.body.data.map((m: Record<string, unknown>) => [
      m.id,
      m.date,
      m.city,
      m.country,
      m.status,
    ]);
    expect(summary).toEqual([
      ["2022-01-10-geneva", "2022-01-10", "Geneva", "Switzerland", "held"],
      ["2022-01-12-brussels", "2022-01-12", "Brussels", "Belgium", "scheduled"],
      ["2022-01-13-vienna", "2022-01-13", "Vienna", "Austria", "scheduled"],
    ]);
    const [geneva, brussels, vienna] = res.body.data;
    expect(geneva.parties).toEqual(["Russia", "United States"]);
    expect(brussels.organizations).toEqual(["NATO"]);
    expect(vienna.organizations).toEqual(["OSCE"]);
    for (const m of res.body.data) {
      expect(Object.keys(m)).toEqual(
        expect.arrayContaining([
          "id",
          "title",
          "date",
          "endDate",
          "city",
          "country",
          "status",
          "organizations",
          "parties",
        ]),
      );
      expect(m.endDate).toBeNull();
    }
  });

  it("filters by city and country ignoring case and accents", async () => {
    const app = await seededApp();
    const byCity = await http(app)
      .get(`/meetings?city=${encodeURIComponent("GENÉVA")}`)
      .expect(200);
    expect(byCity.body.data.map((m: { id: string }) => m.id)).toEqual(["2022-01-10-geneva"]);
    const byCountry = await http(app)
      .get(`/meetings?country=${encodeURIComponent("äustria")}`)
      .expect(200);
    expect(byCountry.body.data.map((m: { id: string }) => m.id)).toEqual(["2022-01-13-vienna"]);
  });

  it("filters by status, organisation, participant and date range, combined with AND", async () => {
    const app = await seededApp();
    const ids = async (query: string) =>
      (await http(app).get(`/meetings?${query}`).expect(200)).body.data.map((m: { id: string }) => m.id);
    expect(await ids("status=scheduled")).toEqual(["2022-01-12-brussels", "2022-01-13-vienna"]);
    expect(await ids("organization=osce")).toEqual(["2022-01-13-vienna"]);
    expect(await ids("participant=sergey-ryabkov")).toEqual(["2022-01-10-geneva"]);
    expect(await ids("from=2022-01-11&to=2022-01-12")).toEqual(["2022-01-12-brussels"]);
    expect(await ids("status=held&organization=NATO")).toEqual([]);
    expect(await ids("sort=-date")).toEqual([
      "2022-01-13-vienna",
      "2022-01-12-brussels",
      "2022-01-10-geneva",
    ]);
  });

  it("walks every meeting exactly once with limit=1 and cursors", async () => {
    const app = await seededApp();
    const seen: string[] = [];
    let url: string | null = "/meetings?limit=1";
    while (url) {
      const res: { body: { data: { id: string }[]; page: { next: string | null } } } = await http(app)
        .get(url)
        .expect(200);
      seen.push(...res.body.data.map((m: { id: string }) => m.id));
      url = res.body.page.next ? `/meetings?limit=1&cursor=${encodeURIComponent(res.body.page.next)}` : null;
    }
    expect(seen).toEqual(["2022-01-10-geneva", "2022-01-12-brussels", "2022-01-13-vienna"]);
  });

  it("answers 400 problem+json naming each invalid parameter", async () => {
    const res = await http(await seededApp())
      .get("/meetings?limit=1000&from=2022-13-45")
      .expect(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: "/problems/validation-error",
      status: 400,
      title: expect.any(String),
    });
    expect(res.body.errors.map((e: { name: string }) => e.name).sort()).toEqual(["from", "limit"]);
    expect(res.body.errors.every((e: { in: string }) => e.in === "query")).toBe(true);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it("answers 400 problem+json for a forged cursor", async () => {
    const res = await http(await seededApp())
      .get("/meetings?cursor=not-a-cursor")
      .expect(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: "/problems/invalid-cursor", status: 400 });
  });
});

describe("GET /meetings/:id", () => {
  it("includes participants, quotes and sources whose offsets point into the article", async () => {
    const app = await seededApp();
    const res = await http(app).get("/meetings/2022-01-10-geneva").expect(200);
    const m = res.body;
    expect(m).toMatchObject({
      id: "2022-01-10-geneva",
      city: "Geneva",
      status: "held",
      dateCertainty: "inferred",
    });
    const participants = m.participants.map((p: { id: string; kind: string }) => [p.id, p.kind]).sort();
    expect(participants).toEqual([
      ["russia", "state"],
      ["sergey-ryabkov", "person"],
      ["united-states", "state"],
    ]);
    expect(m.quotes.length).toBeGreaterThan(0);
    expect(m.sources.length).toBeGreaterThan(0);
    for (const s of m.sources) expect(seedText.slice(s.start, s.end)).toBe(s.text);
    expect(m.sources.some((s: { text: string }) => s.text.includes("Geneva"))).toBe(true);
    expect(m.corrections).toEqual([]);
  });

  it("shows the seed erratum as a correction of the Vienna meeting's date", async () => {
    const res = await http(await seededApp())
      .get("/meetings/2022-01-13-vienna")
      .expect(200);
    expect(res.body.corrections).toEqual([
      expect.objectContaining({
        field: "date",
        value: "2022-01-13",
        source: "seeds/000_ac63f187e8067ee2.errata.json",
      }),
    ]);
    expect(res.body.participants.map((p: { id: string }) => p.id)).toContain("osce");
  });

  it("answers 404 problem+json for an unknown id", async () => {
    const res = await http(await seededApp())
      .get("/meetings/1999-01-01-nowhere")
      .expect(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      type: "/problems/not-found",
      instance: "/meetings/1999-01-01-nowhere",
    });
  });
});
