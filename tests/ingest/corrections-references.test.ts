import { describe, expect, it } from "vitest";
import { auth, http, writableApp } from "../helpers.js";

describe("a correction naming another record", () => {
  it("answers 400 naming the field when the meeting or speaker does not exist, and changes nothing", async () => {
    const app = await writableApp();
    const quote = (await http(app).get("/quotes?limit=1")).body.data[0];
    for (const [field, value] of <[string, string][]>[
      ["meetingId", "2099-01-01-nowhere"],
      ["speakerId", "nobody-at-all"],
    ]) {
      const res = await http(app)
        .patch(`/quotes/${quote.id}`)
        .set(auth)
        .send({ [field]: value, note: "x" });
      expect(res.status).toBe(400);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(res.body.errors[0].name).toBe(field);
    }
    const after = (await http(app).get(`/quotes/${quote.id}`)).body;
    expect([after.meetingId, after.corrections]).toEqual([quote.meetingId, []]);
  });
});

describe("a correction to null", () => {
  it("unlinks a quote from its meeting and clears an affiliation, instead of failing", async () => {
    const app = await writableApp();
    const quote = (await http(app).get("/quotes?limit=1")).body.data[0];
    expect(quote.meetingId).not.toBeNull();
    const unlinked = await http(app)
      .patch(`/quotes/${quote.id}`)
      .set(auth)
      .send({ meetingId: null, note: "general" });
    expect([unlinked.status, unlinked.body.meetingId]).toEqual([200, null]);
    const cleared = await http(app)
      .patch("/participants/sergey-ryabkov")
      .set(auth)
      .send({ affiliation: null, note: "unknown" });
    expect([cleared.status, cleared.body.affiliation]).toEqual([200, null]);
  });
});
