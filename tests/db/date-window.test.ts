import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { createRepositories } from "../../src/db/queries/index.js";
import { recordingPrepares } from "../helpers.js";

/** Meetings on consecutive days from 2000, and one long conference, with the SQL the repositories prepare. */
function setUp() {
  const db = openDatabase(":memory:");
  runMigrations(db);
  const sqlite = db.$client;
  const insert = sqlite.prepare(
    `INSERT INTO meetings (id, title, date, end_date, date_certainty, city, country, city_key, country_key, status)
       VALUES (?, ?, ?, ?, 'stated', 'Geneva', 'Switzerland', 'geneva', 'switzerland', 'held')`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < 400; i++) {
      const date = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
      insert.run(`m-${i}`, `Talks ${i}`, date, null);
    }
    // Starts 20 days before the window below and ends inside it.
    insert.run("conference", "A long conference", "2000-06-01", "2000-06-25");
  })();
  const texts: string[] = [];
  return { sqlite, texts, repos: createRepositories(recordingPrepares(sqlite, texts)) };
}

describe("a date window of meetings (?from&to)", () => {
  it("includes a meeting that started before the window and ends in it, and nothing that ended before", () => {
    const { repos } = setUp();
    const ids = repos.meetings
      .list({ from: "2000-06-21", to: "2000-06-23", limit: 50 })
      .rows.map((m) => m.id);
    expect(ids).toEqual(["conference", "m-172", "m-173", "m-174"]);
    expect(repos.meetings.count(repos.meetings.conditions({ from: "2000-06-21", to: "2000-06-23" }))).toBe(4);
    const after = repos.meetings
      .list({ from: "2000-06-26", to: "2000-06-27", limit: 50 })
      .rows.map((m) => m.id);
    expect(after).toEqual(["m-177", "m-178"]);
  });

  it("reads a range of the date index bounded on both sides, not the index from the first meeting", () => {
    const { sqlite, texts, repos } = setUp();
    repos.meetings.list({ from: "2000-06-21", to: "2000-08-20", limit: 50 });
    repos.meetings.count(repos.meetings.conditions({ from: "2000-06-21", to: "2000-08-20" }));
    const windowQueries = texts.filter((t) => t.includes("m.date <= ?"));
    expect(windowQueries).toHaveLength(2); // the page and its total
    for (const text of windowQueries) {
      const nulls = Array.from({ length: text.split("?").length - 1 }, () => "2000-06-21");
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...nulls) as { detail: string }[]).map(
        (step) => step.detail,
      );
      // The page and its total read the date index alone (it holds the span's end and a list row's columns).
      expect(plan).toContain("SEARCH m USING COVERING INDEX meetings_date_idx (date>? AND date<?)");
      expect(plan).toContain("SEARCH meetings USING INDEX meetings_span_days_idx");
    }
  });
});
