import { describe, expect, it } from "vitest";
import { sha256 } from "../../src/ids.js";
import { http, seededApp, seedText } from "../helpers.js";

describe("GET /articles and /articles/:id", () => {
  it("lists the seed article and serves its verbatim text with the extracted spans", async () => {
    const app = await seededApp();
    const list = await http(app).get("/articles").expect(200);
    expect(list.body.data).toHaveLength(1);
    const [article] = list.body.data;
    expect(article).toMatchObject({
      date: "2022-01-10",
      sha256: sha256(seedText),
      source: "seeds/000_ac63f187e8067ee2.txt",
    });
    expect(article.title).toMatch(/^Security talks with the United States/);
    const detail = await http(app).get(`/articles/${article.id}`).expect(200);
    expect(detail.body.text).toBe(seedText);
    expect(detail.body.spans.quotes).toHaveLength(7);
    expect(detail.body.spans.meetings.length).toBeGreaterThanOrEqual(3);
    expect(Array.isArray(detail.body.warnings)).toBe(true);
  });

  it("answers 404 problem+json for an unknown id", async () => {
    const res = await http(await seededApp())
      .get("/articles/none")
      .expect(404);
    expect(res.body).toMatchObject({
      status: 404,
      detail: 'No article with id "none"; the ids are listed by GET /articles',
    });
  });
});
