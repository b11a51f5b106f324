import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { openDatabase } from "../../src/db/client.js";
import { seedsFolder } from "../../src/paths.js";
import { http } from "../helpers.js";

type Provenance = { id: string; rule: string | null; confidence: number | null };

/** A seeded app over a database the test can also reach, to set confidences it knows. */
async function appWithDb() {
  const db = openDatabase(":memory:");
  const app = await buildApp({ db, seedsFolder });
  await app.ready();
  const close = async () => {
    await app.close();
    db.$client.close();
  };
  return { app, db, close };
}

describe("rule and confidence of extracted records", () => {
  it("stores and serves the rule and confidence of every meeting, person and quote", async () => {
    const { app, close } = await appWithDb();
    const quotes = (await http(app).get("/quotes?limit=100").expect(200)).body.data as Provenance[];
    expect(quotes).toHaveLength(7);
    for (const q of quotes) {
      expect(q.rule).toMatch(/^quote:/);
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
    const quote = (await http(app).get(`/quotes/${quotes[0]?.id}`).expect(200)).body;
    expect(quote).toMatchObject({ rule: quotes[0]?.rule, confidence: quotes[0]?.confidence });

    const meeting = (await http(app).get("/meetings/2022-01-10-geneva").expect(200)).body;
    expect(meeting.rule).toMatch(/^meeting:/);
    expect(typeof meeting.confidence).toBe("number");
    const ryabkov = meeting.participants.find((p: Provenance) => p.id === "sergey-ryabkov");
    expect(ryabkov.rule).toMatch(/^person:/);
    expect(typeof ryabkov.confidence).toBe("number");
    // Parties come from no rule of their own.
    expect(meeting.participants.find((p: Provenance) => p.id === "russia")).toMatchObject({
      rule: null,
      confidence: null,
    });
    await close();
  });

  it("filters lists by minConfidence, counting records without a confidence as certain", async () => {
    const { app, db, close } = await appWithDb();
    const ids = (await http(app).get("/quotes?limit=100").expect(200)).body.data.map((q: Provenance) => q.id);
    const [low, unknown, ...rest] = ids as string[];
    db.$client.prepare("UPDATE quotes SET confidence = 0.9").run();
    db.$client.prepare("UPDATE quotes SET confidence = 0.2 WHERE id = ?").run(low);
    db.$client.prepare("UPDATE quotes SET rule = NULL, confidence = NULL WHERE id = ?").run(unknown);
    db.$client.prepare("UPDATE participants SET confidence = 0.3 WHERE id = 'sergey-ryabkov'").run();
    db.$client.prepare("UPDATE meetings SET confidence = 0.4 WHERE id = '2022-01-10-geneva'").run();

    const sure = await http(app).get("/quotes?minConfidence=0.5&limit=100").expect(200);
    expect(sure.body.data.map((q: Provenance) => q.id).sort()).toEqual([unknown, ...rest].sort());
    expect(sure.body.page.total).toBe(6);
    const all = await http(app).get("/quotes?minConfidence=0&limit=100").expect(200);
    expect(all.body.data).toHaveLength(7);
    // A search goes through the same filter.
    const searched = await http(app).get("/quotes?q=the&minConfidence=0.95&limit=100").expect(200);
    expect(searched.body.data.map((q: Provenance) => q.id)).not.toContain(low);

    const people = await http(app).get("/participants?kind=person&minConfidence=0.5&limit=100").expect(200);
    expect(people.body.data.map((p: Provenance) => p.id)).not.toContain("sergey-ryabkov");
    const states = await http(app).get("/participants?kind=state&minConfidence=1&limit=100").expect(200);
    expect(states.body.data.length).toBeGreaterThan(0);

    const meetings = await http(app).get("/meetings?minConfidence=0.5&limit=100").expect(200);
    const meetingIds = meetings.body.data.map((m: Provenance) => m.id);
    expect(meetingIds).not.toContain("2022-01-10-geneva");
    expect(meetingIds).toContain("2022-01-12-brussels");
    await close();
  });

  it.each(["1.5", "-0.1", "sure"])("answers minConfidence=%s with a 400 problem", async (value) => {
    const { app, close } = await appWithDb();
    for (const path of ["/meetings", "/participants", "/quotes"]) {
      const res = await http(app).get(`${path}?minConfidence=${value}`).expect(400);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.body.errors[0]).toMatchObject({ in: "query", name: "minConfidence" });
    }
    await close();
  });
});
