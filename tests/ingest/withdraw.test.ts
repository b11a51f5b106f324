import { describe, expect, it } from "vitest";
import { auth, http, postArticle, reportText, writableApp } from "../helpers.js";
import { checkThroughout, lifecycleApp } from "./lifecycle.js";

const note = "No session in Brussels: the report misread the NATO-Russia Council's date.";

describe("POST /meetings/:id/withdraw", () => {
  it("keeps a withdrawn meeting out of every list, feed and export, and its id answers 410 with the note", async () => {
    const life = await lifecycleApp();
    const done = await http(life.app)
      .post("/meetings/2022-01-12-brussels/withdraw")
      .set(auth)
      .send({ note })
      .expect(200);
    expect(done.body).toMatchObject({ id: "2022-01-12-brussels", withdrawn: true, note });
    await checkThroughout(life, async (app) => {
      const ids = (await http(app).get("/meetings?limit=100").expect(200)).body.data.map(
        (m: { id: string }) => m.id,
      );
      expect(ids).toContain("2022-01-10-geneva");
      expect(ids.some((id: string) => id.includes("brussels"))).toBe(false);
      expect((await http(app).get("/meetings?city=Brussels&count=true")).headers["x-total-count"]).toBe("0");
      expect((await http(app).get("/meetings.ics")).text).not.toMatch(/Brussels/);
      expect(JSON.stringify((await http(app).get("/timeline.json")).body)).not.toMatch(/Brussels/);
      expect((await http(app).get("/export/meetings.ndjson")).text).not.toMatch(/brussels/i);
      const participant = (await http(app).get("/participants/nato")).body;
      expect(JSON.stringify(participant)).not.toMatch(/2022-01-12-brussels/);
      const gone = await http(app).get("/meetings/2022-01-12-brussels");
      expect([gone.status, gone.headers["content-type"]]).toEqual([
        410,
        expect.stringMatching(/problem\+json/),
      ]);
      expect(gone.body).toMatchObject({ type: "/problems/withdrawn", title: "Gone", status: 410 });
      expect(gone.body.detail).toContain(note);
    });
    const changes = (await http(life.app).get("/changes?limit=100")).body.data;
    expect(changes).toContainEqual(
      expect.objectContaining({ entity: "meeting", id: "2022-01-12-brussels", action: "withdrawn" }),
    );
  });

  it("keeps out a report of the same place a day off, posted after the withdrawal", async () => {
    const app = await writableApp();
    await http(app).post("/meetings/2022-01-12-brussels/withdraw").set(auth).send({ note }).expect(200);
    await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "text/plain")
      .send(" date 2022-01-14 Brussels\n\nNATO and Russia met in Brussels on January 13, diplomats said.\n")
      .expect(201);
    expect((await http(app).get("/meetings?city=Brussels")).body.data).toEqual([]);
  });

  it("keeps out a report of the place under another of its names (Genf for Geneva)", async () => {
    const app = await writableApp();
    await http(app).post("/meetings/2022-01-10-geneva/withdraw").set(auth).send({ note }).expect(200);
    await postArticle(
      app,
      reportText(
        "2022-01-11",
        "Genf",
        "Russia and the United States met in Genf on January 10, diplomats said.",
      ),
    );
    expect((await http(app).get("/meetings?from=2022-01-09&to=2022-01-11")).body.data).toEqual([]);
  });

  it("answers 404 for an unknown meeting and 400 without a note, changing nothing", async () => {
    const app = await writableApp();
    const unknown = await http(app).post("/meetings/2099-01-01-nowhere/withdraw").set(auth).send({ note });
    expect([unknown.status, unknown.body.type]).toEqual([404, "/problems/not-found"]);
    const bare = await http(app).post("/meetings/2022-01-12-brussels/withdraw").set(auth).send({});
    expect([bare.status, bare.body.type]).toEqual([400, "/problems/validation-error"]);
    await http(app).get("/meetings/2022-01-12-brussels").expect(200);
  });
});
