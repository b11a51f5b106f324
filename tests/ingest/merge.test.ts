import { describe, expect, it } from "vitest";
import { auth, fixtureArticle, http, writableApp } from "../helpers.js";
import { checkThroughout, lifecycleApp } from "./lifecycle.js";

// A report placing the OSCE session of 13 January 2022 in Salzburg: an editor knows it was Vienna's.
const salzburg = fixtureArticle("salzburg-osce");
const note = "The OSCE session of 13 January was in Vienna; one outlet placed it in Salzburg.";

describe("POST /meetings/:id/merge", () => {
  it("moves the other meeting's reports, people and quotes to this one, and its id answers 301, for good", async () => {
    const life = await lifecycleApp();
    const report = (await life.post(salzburg)).body;
    expect(report.meetings.created).toEqual(["2022-01-13-salzburg"]);
    const quote = report.quotes[0];
    const merged = await http(life.app)
      .post("/meetings/2022-01-13-vienna/merge")
      .set(auth)
      .send({ otherId: "2022-01-13-salzburg", note })
      .expect(200);
    expect(merged.body.id).toBe("2022-01-13-vienna");
    await checkThroughout(life, async (app) => {
      const ids = (await http(app).get("/meetings?limit=100")).body.data.map((m: { id: string }) => m.id);
      expect(ids).toContain("2022-01-13-vienna");
      expect(ids).not.toContain("2022-01-13-salzburg");
      const moved = await http(app).get("/meetings/2022-01-13-salzburg").redirects(0);
      expect([moved.status, moved.headers.location]).toEqual([301, "/meetings/2022-01-13-vienna"]);
      const vienna = (await http(app).get("/meetings/2022-01-13-vienna").expect(200)).body;
      expect([vienna.city, vienna.sourceCount]).toEqual(["Vienna", 2]);
      const salzburgArticle = (await http(app).get("/articles?limit=100")).body.data.find(
        (a: { title: string }) => a.title.includes("Salzburg"),
      ).id;
      expect(vienna.sources.map((s: { articleId: string }) => s.articleId)).toContain(salzburgArticle);
      expect(vienna.participants.map((p: { id: string }) => p.id)).toContain("zbigniew-rau");
      expect(vienna.quotes.map((q: { id: string }) => q.id)).toContain(quote);
      expect(vienna.corrections).toContainEqual(
        expect.objectContaining({ field: "mergedFrom", value: "2022-01-13-salzburg", note }),
      );
      // The venue is now a disagreement between the reports, shown with the survivor's as the chosen one.
      const venue = vienna.disputes.find((d: { field: string }) => d.field === "city");
      expect(venue.value).toBe("Vienna");
      expect(venue.claims.map((c: { value: string }) => c.value).sort()).toEqual(["Salzburg", "Vienna"]);
    });
    const changes = (await http(life.app).get("/changes?limit=100")).body.data;
    expect(changes).toContainEqual(
      expect.objectContaining({
        id: "2022-01-13-salzburg",
        action: "merged",
        replacedBy: "2022-01-13-vienna",
      }),
    );
  });

  it("answers 400 for an unknown or the same otherId and 404 for an unknown meeting, changing nothing", async () => {
    const app = await writableApp();
    const merge = (id: string, otherId: string) =>
      http(app).post(`/meetings/${id}/merge`).set(auth).send({ otherId, note });
    const unknownOther = await merge("2022-01-13-vienna", "2099-01-01-nowhere");
    expect([unknownOther.status, unknownOther.body.errors?.[0]?.name]).toEqual([400, "otherId"]);
    expect(unknownOther.body.detail).toBe(
      'otherId: no meeting with id "2099-01-01-nowhere"; give the id of an existing meeting',
    );
    const itself = await merge("2022-01-13-vienna", "2022-01-13-vienna");
    expect([itself.status, itself.body.errors?.[0]?.name]).toEqual([400, "otherId"]);
    const unknown = await merge("2099-01-01-nowhere", "2022-01-13-vienna");
    expect([unknown.status, unknown.body.type]).toEqual([404, "/problems/not-found"]);
    const vienna = (await http(app).get("/meetings/2022-01-13-vienna").expect(200)).body;
    expect(vienna.corrections.map((c: { field: string }) => c.field)).not.toContain("mergedFrom");
  });

  it("keeps a quote moved to the merged-away meeting with the survivor when its article comes again", async () => {
    const life = await lifecycleApp();
    await life.post(salzburg);
    // A quote the extractor puts elsewhere (the seed's Geneva talks), so only the correction can place it.
    const quote = (await http(life.app).get("/quotes?meeting=2022-01-10-geneva&limit=1")).body.data[0].id;
    await http(life.app)
      .patch(`/quotes/${quote}`)
      .set(auth)
      .send({ meetingId: "2022-01-13-salzburg", note: "n" })
      .expect(200);
    await http(life.app)
      .post("/meetings/2022-01-13-vienna/merge")
      .set(auth)
      .send({ otherId: "2022-01-13-salzburg", note })
      .expect(200);
    await checkThroughout(life, async (app) => {
      expect((await http(app).get(`/quotes/${quote}`).expect(200)).body.meetingId).toBe("2022-01-13-vienna");
    });
  });

  it("follows a chain: a meeting merged into one withdrawn since is not re-created by its reports", async () => {
    const life = await lifecycleApp();
    await life.post(salzburg);
    await http(life.app)
      .post("/meetings/2022-01-13-vienna/merge")
      .set(auth)
      .send({ otherId: "2022-01-13-salzburg", note })
      .expect(200);
    await http(life.app)
      .post("/meetings/2022-01-13-vienna/withdraw")
      .set(auth)
      .send({ note: "n" })
      .expect(200);
    await life.repost();
    const cities = (await http(life.app).get("/meetings?limit=100")).body.data.map(
      (m: { city: string }) => m.city,
    );
    expect(cities).toEqual(["Geneva", "Brussels"]);
    const moved = await http(life.app).get("/meetings/2022-01-13-salzburg").redirects(0);
    expect([moved.status, moved.headers.location]).toEqual([301, "/meetings/2022-01-13-vienna"]);
    await http(life.app).get("/meetings/2022-01-13-vienna").expect(410);
  });
});
