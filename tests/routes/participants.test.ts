import { describe, expect, it } from "vitest";
import { http, seededApp } from "../helpers.js";

describe("GET /participants", () => {
  it("lists the seed's one person, its states and its organisations, and no one the article does not name", async () => {
    const res = await http(await seededApp())
      .get("/participants")
      .expect(200);
    const byId = Object.fromEntries(res.body.data.map((p: { id: string }) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual(["nato", "osce", "russia", "sergey-ryabkov", "united-states"]);
    expect(byId["sergey-ryabkov"]).toEqual({
      id: "sergey-ryabkov",
      name: "Sergey Ryabkov",
      kind: "person",
      role: "Deputy Foreign Minister",
      affiliation: "Russia",
      rule: expect.stringMatching(/^person:/),
      confidence: expect.any(Number),
    });
    expect(byId.russia.kind).toBe("state");
    expect(byId["united-states"].kind).toBe("state");
    expect(byId.nato.kind).toBe("organization");
    expect(byId.osce.kind).toBe("organization");
  });

  it("filters by kind and affiliation", async () => {
    const app = await seededApp();
    const people = await http(app).get("/participants?kind=person").expect(200);
    expect(people.body.data.map((p: { id: string }) => p.id)).toEqual(["sergey-ryabkov"]);
    const russians = await http(app).get("/participants?affiliation=russia").expect(200);
    expect(russians.body.data.map((p: { id: string }) => p.id)).toEqual(["sergey-ryabkov"]);
  });

  it("rejects an unknown kind with a 400 problem", async () => {
    const res = await http(await seededApp())
      .get("/participants?kind=robot")
      .expect(400);
    expect(res.body.errors[0]).toMatchObject({ in: "query", name: "kind" });
  });
});

describe("GET /participants/:id", () => {
  it("gives a person's timeline and quotes", async () => {
    const res = await http(await seededApp())
      .get("/participants/sergey-ryabkov")
      .expect(200);
    expect(res.body.meetings.map((m: { id: string }) => m.id)).toEqual(["2022-01-10-geneva"]);
    expect(res.body.meetings[0].as).toEqual(["attendee"]);
    expect(res.body.quotes).toHaveLength(7);
  });

  it("gives an organisation's meetings", async () => {
    const res = await http(await seededApp())
      .get("/participants/osce")
      .expect(200);
    expect(res.body.meetings.map((m: { id: string; as: string[] }) => [m.id, m.as])).toEqual([
      ["2022-01-13-vienna", ["organization"]],
    ]);
  });

  it("answers 404 problem+json for an unknown id", async () => {
    const res = await http(await seededApp())
      .get("/participants/nobody")
      .expect(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });
});
