import { describe, expect, it } from "vitest";
import { auth, http, writableApp } from "../helpers.js";

const article =
  " date 2022-01-10 Talks in Zürich\n\nRussia and the United States held talks in Zürich on Monday.";
const latin1 = Buffer.from(article, "latin1");

const post = (app: Awaited<ReturnType<typeof writableApp>>, contentType: string, body: Buffer | string) =>
  http(app).post("/articles").set(auth).set("content-type", contentType).send(body);

describe("POST /articles text encodings", () => {
  it("decodes a text/plain body in its declared charset", async () => {
    const app = await writableApp();
    const res = await post(app, "text/plain; charset=iso-8859-1", latin1).expect(201);
    const stored = await http(app).get(`/articles/${res.body.articleId}`).expect(200);
    expect(stored.body.text).toBe(article);
    expect(stored.body.text).not.toContain("\uFFFD");
  });

  it("stores the same article whether sent as Latin-1 or UTF-8", async () => {
    const app = await writableApp();
    const first = await post(app, "text/plain; charset=ISO-8859-1", latin1).expect(201);
    const again = await post(app, "text/plain; charset=utf-8", Buffer.from(article, "utf8")).expect(200);
    expect(again.body).toMatchObject({ articleId: first.body.articleId, created: false });
  });

  it("refuses invalid UTF-8 without a declared charset with 422, storing nothing", async () => {
    const app = await writableApp();
    const before = (await http(app).get("/meta")).body.counts;
    const res = await post(app, "text/plain", latin1).expect(422);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe("/problems/invalid-text");
    expect(res.body.detail).toMatch(/not valid UTF-8 \(byte 0xfc at offset \d+\).*charset=iso-8859-1/);
    expect((await http(app).get("/meta")).body.counts).toEqual(before);
  });

  it("refuses an unknown charset with 415", async () => {
    const app = await writableApp();
    const res = await post(app, "text/plain; charset=x-klingon", "abc").expect(415);
    expect(res.body).toMatchObject({ type: "/problems/unsupported-charset", status: 415 });
  });

  it("refuses a header line without text, as text/plain or JSON", async () => {
    const app = await writableApp();
    const before = (await http(app).get("/meta")).body.counts;
    const plain = await post(app, "text/plain", " date 2022-01-10 Headline only\n\n").expect(422);
    expect(plain.body.detail).toMatch(/no text; add its paragraphs/);
    const json = await http(app)
      .post("/articles")
      .set(auth)
      .send({ text: "   ", date: "2022-01-10", title: "Headline only" })
      .expect(422);
    expect(json.body.type).toBe("/problems/not-an-article");
    expect((await http(app).get("/meta")).body.counts).toEqual(before);
  });
});
