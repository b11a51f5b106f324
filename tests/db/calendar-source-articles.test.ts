import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/queries/index.js";
import { auth, fixtureArticle, http, recordingPrepares, seededDatabase, writableApp } from "../helpers.js";

/** Meetings whose stored source articles differ from their evidence (distinct, ordered, as a JSON array). */
const stale = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      `SELECT m.id, m.source_articles FROM meetings m WHERE m.source_articles IS NOT
         (SELECT json_group_array(article_id) FROM
           (SELECT DISTINCT article_id FROM evidence e WHERE e.meeting_id = m.id ORDER BY article_id))`,
    )
    .all();

describe("a meeting's source articles, kept on its row for the venue calendars", () => {
  it("stay equal to its evidence through ingestion, merges, article deletions and withdrawals", async () => {
    const app = await writableApp();
    const sqlite = app.db.$client;
    expect(sqlite.prepare("SELECT count(*) FROM meetings WHERE source_articles <> '[]'").pluck().get()).toBe(
      sqlite.prepare("SELECT count(*) FROM meetings").pluck().get(),
    );
    expect(stale(sqlite)).toEqual([]);
    const posted = await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "text/plain")
      .send(fixtureArticle("salzburg-osce"))
      .expect(201);
    for (const name of ["pretoria-day-1", "pretoria-day-2", "pretoria-both-days"])
      await http(app)
        .post("/articles")
        .set(auth)
        .send({ text: fixtureArticle(name) })
        .expect(201);
    expect(
      sqlite
        .prepare("SELECT count(*) FROM meetings WHERE json_array_length(source_articles) > 1")
        .pluck()
        .get(),
    ).toBeGreaterThan(0);
    expect(stale(sqlite)).toEqual([]);
    await http(app)
      .post("/meetings/2022-01-13-vienna/merge")
      .set(auth)
      .send({ otherId: "2022-01-13-salzburg", note: "Vienna, not Salzburg." })
      .expect(200);
    expect(stale(sqlite)).toEqual([]);
    await http(app).delete(`/articles/${posted.body.articleId}`).set(auth).expect(204);
    expect(stale(sqlite)).toEqual([]);
    await http(app).post("/meetings/2022-01-13-vienna/withdraw").set(auth).send({ note: "n" });
    expect(stale(sqlite)).toEqual([]);
  });

  it("let a city's or country's calendar page read no evidence: its plan is the venue index alone", () => {
    const db = seededDatabase();
    const texts: string[] = [];
    const sqlite = db.$client;
    const repos = createRepositories(recordingPrepares(sqlite, texts));
    const planOf = (text: string) => {
      const nulls = Array.from({ length: text.split("?").length - 1 }, () => null);
      return (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...nulls) as { detail: string }[]).map(
        (s) => s.detail,
      );
    };
    for (const [filter, index] of [
      [{ country: "switzerland" }, "meetings_country_idx"],
      [{ city: "geneva" }, "meetings_city_idx"],
    ] as const) {
      texts.length = 0;
      const page = repos.meetings.calendar({ ...filter, from: "2022-01-01", to: "2022-12-31", limit: 100 });
      expect(page.rows.length).toBeGreaterThan(0);
      expect(page.rows.every((m) => m.sources.length > 0)).toBe(true);
      const text = texts.find((t) => t.includes("ORDER BY m.date"));
      expect(text).toBeDefined();
      const plan = planOf(text as string);
      expect(plan.some((d) => d.includes(`COVERING INDEX ${index}`))).toBe(true);
      expect(plan.filter((d) => /evidence/.test(d))).toEqual([]);
    }
    // A calendar by date alone is read off the date index, which does not carry them: it probes evidence.
    texts.length = 0;
    repos.meetings.calendar({ from: "2022-01-01", to: "2022-12-31", limit: 100 });
    const byDate = texts.find((t) => t.includes("ORDER BY m.date"));
    expect(planOf(byDate as string).some((d) => /evidence/.test(d))).toBe(true);
  });
});
