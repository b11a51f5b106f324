import { describe, expect, it } from "vitest";
import { auth, fixtureArticle, http, postArticle, seedText, writableApp } from "../helpers.js";
import { checkThroughout, lifecycleApp } from "./lifecycle.js";

type App = Awaited<ReturnType<typeof writableApp>>;
/** One of the seed's quotes, by Ryabkov about the Geneva talks. */
const seedQuote = async (app: App) =>
  (await http(app).get("/quotes?meeting=2022-01-10-geneva&limit=1").expect(200)).body.data[0] as {
    id: string;
    speaker: { id: string } | null;
  };

describe("moving a quote to another meeting or speaker (PATCH /quotes/:id)", () => {
  it("lasts through its article deleted and posted again, re-seeding and a restart", async () => {
    const life = await lifecycleApp();
    await life.post(fixtureArticle("salzburg-osce"));
    const quote = await seedQuote(life.app);
    expect(quote.speaker?.id).toBe("sergey-ryabkov");
    await http(life.app)
      .patch(`/quotes/${quote.id}`)
      .set(auth)
      .send({
        meetingId: "2022-01-12-brussels",
        speakerId: "zbigniew-rau",
        note: "Said in Brussels, by Rau.",
      })
      .expect(200);
    const changes = (await http(life.app).get("/changes?since=2&limit=100")).body.data;
    expect(changes).toContainEqual(
      expect.objectContaining({ entity: "quote", id: quote.id, action: "updated" }),
    );
    await checkThroughout(life, async (app) => {
      const moved = (await http(app).get(`/quotes/${quote.id}`).expect(200)).body;
      expect([moved.meetingId, moved.speaker?.id]).toEqual(["2022-01-12-brussels", "zbigniew-rau"]);
      const brussels = (await http(app).get("/meetings/2022-01-12-brussels")).body;
      expect(brussels.quotes.map((q: { id: string }) => q.id)).toContain(quote.id);
      const geneva = (await http(app).get("/meetings/2022-01-10-geneva")).body;
      expect(geneva.quotes.map((q: { id: string }) => q.id)).not.toContain(quote.id);
      const byRau = (await http(app).get("/quotes?speaker=zbigniew-rau&limit=100")).body.data;
      expect(byRau.map((q: { id: string }) => q.id)).toContain(quote.id);
    });
  });

  it("stays moved when the article it was first read from goes and another report of it remains", async () => {
    const app = await writableApp();
    const seedId = (await http(app).get("/articles")).body.data[0].id;
    // The same report again, one paragraph longer: another article with the same quotes.
    await postArticle(app, `${seedText.trimEnd()}\n\nThe talks were followed closely in Kyiv.\n`);
    const quote = await seedQuote(app);
    await http(app)
      .patch(`/quotes/${quote.id}`)
      .set(auth)
      .send({ meetingId: "2022-01-12-brussels", note: "n" })
      .expect(200);
    await http(app).delete(`/articles/${seedId}`).set(auth).expect(204);
    const after = (await http(app).get(`/quotes/${quote.id}`).expect(200)).body;
    expect([after.articleId === seedId, after.meetingId]).toEqual([false, "2022-01-12-brussels"]);
  });

  it("waits for a meeting and speaker that are deleted, and finds them again when their article comes back", async () => {
    const app = await writableApp();
    const salzburg = (await postArticle(app, fixtureArticle("salzburg-osce"))).body.articleId;
    const seedId = (await http(app).get("/articles?limit=100")).body.data.find(
      (a: { id: string }) => a.id !== salzburg,
    ).id;
    const quote = await seedQuote(app);
    await http(app)
      .patch(`/quotes/${quote.id}`)
      .set(auth)
      .send({ meetingId: "2022-01-13-salzburg", speakerId: "zbigniew-rau", note: "n" })
      .expect(200);
    await http(app).delete(`/articles/${salzburg}`).set(auth).expect(204);
    const orphaned = (await http(app).get(`/quotes/${quote.id}`).expect(200)).body;
    expect([orphaned.meetingId, orphaned.speaker]).toEqual([null, null]);
    // Its own article posted again while the targets are gone: stored, not a FOREIGN KEY failure.
    await http(app).delete(`/articles/${seedId}`).set(auth).expect(204);
    await postArticle(app, seedText);
    await postArticle(app, fixtureArticle("salzburg-osce"));
    const back = (await http(app).get(`/quotes/${quote.id}`).expect(200)).body;
    expect([back.meetingId, back.speaker?.id]).toEqual(["2022-01-13-salzburg", "zbigniew-rau"]);
  });
});
