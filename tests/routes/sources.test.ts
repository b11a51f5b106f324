import { describe, expect, it } from "vitest";
import { auth, fixtureArticle, http, writableApp } from "../helpers.js";

describe("how many reports place a meeting", () => {
  it("counts the reports of each meeting, and minSources keeps the corroborated ones", async () => {
    const app = await writableApp();
    await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("brussels-follow-up") })
      .expect(201);
    const all = (await http(app).get("/meetings").expect(200)).body.data;
    const counts = Object.fromEntries(
      all.map((m: { city: string; sourceCount: number }) => [m.city, m.sourceCount]),
    );
    expect(counts).toMatchObject({ Geneva: 1, Brussels: 2, Vienna: 1 });
    const corroborated = (await http(app).get("/meetings?minSources=2").expect(200)).body.data;
    expect(corroborated.map((m: { city: string }) => m.city)).toEqual(["Brussels"]);
    expect((await http(app).get("/meetings/2022-01-12-brussels").expect(200)).body.sourceCount).toBe(2);
    const bad = await http(app).get("/meetings?minSources=0");
    expect([bad.status, bad.headers["content-type"]]).toEqual([400, expect.stringMatching(/problem\+json/)]);
  });
});
