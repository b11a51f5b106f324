import { describe, expect, it } from "vitest";
import { auth, fixtureArticle, http, writableApp } from "../helpers.js";
import { checkThroughout, lifecycleApp } from "./lifecycle.js";

const brussels = "/meetings/2022-01-12-brussels";
const correction = {
  parties: ["NATO", "Russia"],
  organizations: ["NATO-Russia Council"],
  note: "The NATO-Russia Council met: NATO's members and Russia were the sides.",
};

describe("correcting a meeting's parties and organizations", () => {
  it("replaces the extracted lists, and no report posted later, again, re-seeded or after a restart brings them back", async () => {
    const life = await lifecycleApp();
    const res = await http(life.app).patch(brussels).set(auth).send(correction).expect(200);
    expect([res.body.parties, res.body.organizations]).toEqual([["NATO", "Russia"], ["NATO-Russia Council"]]);
    const changes = (await http(life.app).get("/changes?since=1&limit=100")).body.data;
    expect(changes).toContainEqual(
      expect.objectContaining({ entity: "meeting", id: "2022-01-12-brussels", action: "updated" }),
    );
    // A follow-up that reports the Brussels meeting with its own parties and organisations.
    await life.post(fixtureArticle("brussels-follow-up"));
    await checkThroughout(life, async (app) => {
      const meeting = (await http(app).get(brussels).expect(200)).body;
      expect([meeting.parties, meeting.organizations]).toEqual([["NATO", "Russia"], ["NATO-Russia Council"]]);
      // The people the reports name stay: only the lists corrected are the editor's.
      const links = meeting.participants.flatMap((p: { id: string; as: string[] }) =>
        p.as.map((as) => `${p.id}:${as}`),
      );
      expect(links.filter((l: string) => !l.endsWith(":attendee")).sort()).toEqual([
        "nato-russia-council:organization",
        "nato:party",
        "russia:party",
      ]);
      expect(links).toContain("jens-stoltenberg:attendee");
      expect(meeting.corrections).toContainEqual(
        expect.objectContaining({ field: "parties", value: ["NATO", "Russia"], note: correction.note }),
      );
      // Lists and filters read the corrected links.
      const listed = (await http(app).get("/meetings?organization=NATO-Russia%20Council")).body.data;
      expect(listed.map((m: { id: string }) => m.id)).toEqual(["2022-01-12-brussels"]);
      expect((await http(app).get("/meetings?organization=NATO")).body.data).toEqual([]);
      expect((await http(app).get("/participants/nato-russia-council").expect(200)).body.kind).toBe(
        "organization",
      );
      // Another meeting's parties are untouched.
      expect((await http(app).get("/meetings/2022-01-10-geneva")).body.parties).toEqual([
        "Russia",
        "United States",
      ]);
    });
  });

  it("takes an empty list, and refuses repeated names or a list of non-strings with 400", async () => {
    const app = await writableApp();
    const cleared = await http(app).patch(brussels).set(auth).send({ organizations: [], note: "none" });
    expect([cleared.status, cleared.body.organizations, cleared.body.parties]).toEqual([
      200,
      [],
      ["Russia", "United States"],
    ]);
    for (const parties of [["Russia", "Russia"], [1], "Russia"]) {
      const bad = await http(app).patch(brussels).set(auth).send({ parties, note: "n" });
      expect([bad.status, bad.body.type]).toEqual([400, "/problems/validation-error"]);
    }
    expect((await http(app).get(brussels)).body.parties).toEqual(["Russia", "United States"]);
  });
});

describe("a party only an editor's correction still names", () => {
  it("stays a party when the last article naming it is deleted", async () => {
    const app = await writableApp();
    const warsaw = await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "text/plain")
      .send(
        " date 2022-01-06 Warsaw talks\n\nTalks between Poland and Russia took place in Warsaw on January 5.\n",
      )
      .expect(201);
    await http(app).get("/participants/poland").expect(200);
    await http(app)
      .patch(brussels)
      .set(auth)
      .send({ parties: ["Poland", "Russia", "United States"], note: "Poland took part." })
      .expect(200);
    await http(app).delete(`/articles/${warsaw.body.articleId}`).set(auth).expect(204);
    expect((await http(app).get(brussels)).body.parties).toEqual(["Poland", "Russia", "United States"]);
    await http(app).get("/participants/poland").expect(200);
  });
});
