import { describe, expect, it } from "vitest";
import { auth, fixtureArticle, http, seededApp, writableApp } from "../helpers.js";

const counts = async (app: Awaited<ReturnType<typeof seededApp>>) =>
  (await http(app).get("/meta").expect(200)).body.counts;

describe("write authentication", () => {
  it("answers 503 when the server has no API_TOKEN, and reads still work", async () => {
    const app = await seededApp();
    const res = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("brussels-follow-up") })
      .expect(503);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/writes are disabled/);
    await http(app).get("/meetings").expect(200);
  });

  it("answers 401 with WWW-Authenticate: Bearer for a missing or wrong token", async () => {
    const app = await writableApp();
    const text = fixtureArticle("brussels-follow-up");
    const missing = await http(app).post("/articles").send({ text }).expect(401);
    expect(missing.headers["www-authenticate"]).toMatch(/^Bearer/);
    const wrong = await http(app)
      .post("/articles")
      .set("authorization", "Bearer test-tokem")
      .send({ text })
      .expect(401);
    expect(wrong.body).toMatchObject({ status: 401, title: "Unauthorized" });
    await http(app).delete("/articles/x").set("authorization", "Basic dGVzdA==").expect(401);
    expect((await counts(app)).articles).toBe(1);
  });

  it("throttles write attempts per client with 429 and Retry-After", async () => {
    const app = await writableApp(2);
    await http(app).post("/articles").set("authorization", "Bearer guess-1").send({ text: "x" }).expect(401);
    await http(app).post("/articles").set("authorization", "Bearer guess-2").send({ text: "x" }).expect(401);
    const limited = await http(app).post("/articles").set(auth).send({ text: "x" }).expect(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.headers["content-type"]).toMatch(/^application\/problem\+json/);
    await http(app).get("/meetings").expect(200);
  });
});

describe("POST /articles", () => {
  it("extracts and stores an article, 201 with what was added; the same text again adds nothing", async () => {
    const app = await writableApp();
    const text = fixtureArticle("brussels-follow-up");
    const res = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text, source: "https://example.org/a" })
      .expect(201);
    expect(res.headers.location).toBe(`/articles/${res.body.articleId}`);
    expect(res.body).toMatchObject({
      created: true,
      meetings: { created: [], merged: ["2022-01-12-brussels"] },
    });
    expect(res.body.participants).toContain("jens-stoltenberg");
    const before = await counts(app);
    const again = await http(app).post("/articles").set(auth).send({ text }).expect(200);
    expect(again.body).toMatchObject({ articleId: res.body.articleId, created: false, quotes: [] });
    expect(await counts(app)).toEqual(before);
    const article = await http(app).get(`/articles/${res.body.articleId}`).expect(200);
    expect(article.body).toMatchObject({ text, source: "https://example.org/a" });
  });

  it("takes the text as text/plain, or without its date line when the date is given beside it", async () => {
    const app = await writableApp();
    const plain = await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "text/plain")
      .send(fixtureArticle("pretoria-day-1"))
      .expect(201);
    expect(plain.body.meetings.created).toEqual(["2023-03-29-pretoria"]);
    const bare = await http(app)
      .post("/articles")
      .set(auth)
      .send({
        text: "The delegations met again in Pretoria on March 30, officials said.",
        date: "2023-04-10",
        title: "Day two",
      })
      .expect(201);
    expect(bare.body.articleId).toMatch(/^2023-04-10-/);
  });

  it("rejects what is not an article with 422, a body over 1 MiB with 413 and other media types with 415, storing nothing", async () => {
    const app = await writableApp();
    const before = await counts(app);
    const notArticle = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: "no date line here" })
      .expect(422);
    expect(notArticle.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(notArticle.body).toMatchObject({ type: "/problems/not-an-article", status: 422 });
    const huge = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: ` date 2022-01-14 Big\n\n${"Talks. ".repeat(200_000)}` })
      .expect(413);
    expect(huge.body.status).toBe(413);
    const xml = await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "application/xml")
      .send("<a/>")
      .expect(415);
    expect(xml.body.status).toBe(415);
    await http(app).post("/articles").set(auth).send({ body: "wrong field" }).expect(400);
    expect(await counts(app)).toEqual(before);
  });
});

describe("merging across articles", () => {
  it("turns a scheduled meeting held when a later article reports it, and back when that article is deleted", async () => {
    const app = await writableApp();
    const before = await counts(app);
    const added = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("brussels-follow-up") })
      .expect(201);
    const merged = (await http(app).get("/meetings/2022-01-12-brussels").expect(200)).body;
    expect(merged.status).toBe("held");
    expect(new Set(merged.sources.map((s: { articleId: string }) => s.articleId)).size).toBe(2);
    expect(merged.participants.map((p: { id: string }) => p.id)).toContain("jens-stoltenberg");
    expect((await http(app).get("/meetings?limit=100").expect(200)).body.data).toHaveLength(3);

    await http(app).delete(`/articles/${added.body.articleId}`).set(auth).expect(204);
    const restored = (await http(app).get("/meetings/2022-01-12-brussels").expect(200)).body;
    expect(restored.status).toBe("scheduled");
    expect(restored.participants.map((p: { id: string }) => p.id)).not.toContain("jens-stoltenberg");
    await http(app).get("/participants/jens-stoltenberg").expect(404);
    expect(await counts(app)).toEqual(before);
    await http(app).delete(`/articles/${added.body.articleId}`).set(auth).expect(404);
  });

  it("merges meetings that a longer report shows to be one, and redirects the merged-away id", async () => {
    const app = await writableApp();
    await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("pretoria-day-1") })
      .expect(201);
    await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("pretoria-day-2") })
      .expect(201);
    expect((await http(app).get("/meetings?city=pretoria").expect(200)).body.data).toHaveLength(2);
    const both = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("pretoria-both-days") })
      .expect(201);
    expect(both.body.meetings.merged).toEqual(["2023-03-29-pretoria"]);
    const list = (await http(app).get("/meetings?city=pretoria").expect(200)).body.data;
    expect(list.map((m: { id: string; endDate: string }) => [m.id, m.endDate])).toEqual([
      ["2023-03-29-pretoria", "2023-03-31"],
    ]);
    const moved = await http(app).get("/meetings/2023-03-31-pretoria").redirects(0).expect(301);
    expect(moved.headers.location).toBe("/meetings/2023-03-29-pretoria");
    const changes = (await http(app).get("/changes?since=0&limit=100").expect(200)).body.data;
    expect(changes).toContainEqual(
      expect.objectContaining({
        entity: "meeting",
        id: "2023-03-31-pretoria",
        action: "merged",
        replacedBy: "2023-03-29-pretoria",
      }),
    );
  });
});

describe("editorial corrections", () => {
  it("win over extracted facts, need a note, and survive re-ingestion and deleting other articles", async () => {
    const app = await writableApp();
    const patched = await http(app)
      .patch("/meetings/2022-01-12-brussels")
      .set(auth)
      .send({ status: "held", title: "NATO–Russia Council in Brussels", note: "NATO confirmed the session." })
      .expect(200);
    expect(patched.body).toMatchObject({ status: "held", title: "NATO–Russia Council in Brussels" });
    expect(patched.body.corrections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: "status",
          value: "held",
          note: "NATO confirmed the session.",
          source: "editor",
        }),
      ]),
    );
    const other = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("pretoria-day-1") })
      .expect(201);
    await http(app).delete(`/articles/${other.body.articleId}`).set(auth).expect(204);
    const follow = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: fixtureArticle("brussels-follow-up") })
      .expect(201);
    await http(app).delete(`/articles/${follow.body.articleId}`).set(auth).expect(204);
    const after = (await http(app).get("/meetings/2022-01-12-brussels").expect(200)).body;
    expect(after).toMatchObject({ status: "held", title: "NATO–Russia Council in Brussels" });
  });

  it("correct participants and quotes too, and reject bodies without a note or with unknown fields", async () => {
    const app = await writableApp();
    const person = await http(app)
      .patch("/participants/sergey-ryabkov")
      .set(auth)
      .send({ role: "Deputy Minister of Foreign Affairs", note: "Official title." })
      .expect(200);
    expect(person.body.role).toBe("Deputy Minister of Foreign Affairs");
    expect(person.body.corrections).toHaveLength(1);
    const [quote] = (await http(app).get("/quotes?limit=1").expect(200)).body.data;
    const fixed = await http(app)
      .patch(`/quotes/${quote.id}`)
      .set(auth)
      .send({ meetingId: "2022-01-13-vienna", note: "About the OSCE meeting." })
      .expect(200);
    expect(fixed.body.meetingId).toBe("2022-01-13-vienna");
    await http(app).patch("/meetings/2022-01-12-brussels").set(auth).send({ status: "held" }).expect(400);
    await http(app)
      .patch("/meetings/2022-01-12-brussels")
      .set(auth)
      .send({ note: "nothing else" })
      .expect(400);
    await http(app)
      .patch("/meetings/2022-01-12-brussels")
      .set(auth)
      .send({ colour: "red", note: "x" })
      .expect(400);
    await http(app).patch("/meetings/nowhere").set(auth).send({ status: "held", note: "x" }).expect(404);
  });
});

describe("change feed", () => {
  it("lists what changed since a data version, and lists filter by updatedSince", async () => {
    const app = await writableApp();
    const { version } = (await http(app).get("/changes?since=0").expect(200)).body;
    expect(version).toBe(1);
    const start = new Date().toISOString();
    await http(app)
      .patch("/participants/sergey-ryabkov")
      .set(auth)
      .send({ role: "Minister", note: "test" })
      .expect(200);
    const feed = (await http(app).get(`/changes?since=${version}`).expect(200)).body;
    expect(feed.version).toBe(2);
    expect(feed.data).toEqual([
      expect.objectContaining({ version: 2, entity: "participant", id: "sergey-ryabkov", action: "updated" }),
    ]);
    const recent = (
      await http(app)
        .get(`/participants?updatedSince=${encodeURIComponent(start)}`)
        .expect(200)
    ).body.data;
    expect(recent.map((p: { id: string }) => p.id)).toEqual(["sergey-ryabkov"]);
    const meetings = (
      await http(app)
        .get(`/meetings?updatedSince=${encodeURIComponent(start)}`)
        .expect(200)
    ).body.data;
    expect(meetings).toEqual([]);
    await http(app).get("/meetings?updatedSince=yesterday").expect(400);
  });
});

describe("responses", () => {
  it("carry a request id and security headers, and never a stack trace or SQL", async () => {
    const app = await seededApp();
    const res = await http(app).get("/meetings/nowhere").set("x-request-id", "abc-123").expect(404);
    expect(res.headers["x-request-id"]).toBe("abc-123");
    expect(res.body.requestId).toBe("abc-123");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    app.repositories.meetings.list = () => {
      throw new Error("SQLITE_ERROR: no such column: secret in SELECT * FROM meetings");
    };
    const failed = await http(app).get("/meetings").expect(500);
    expect(failed.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(failed.body)).not.toMatch(/SQLITE|SELECT|secret|\.ts:/);
    expect(failed.body.requestId).toBe(failed.headers["x-request-id"]);
  });
});
