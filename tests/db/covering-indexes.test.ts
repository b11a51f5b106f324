import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/queries/index.js";
import { recordingPrepares, seededDatabase } from "../helpers.js";

/** The plan steps of the statements `run` prepares, for statements whose SQL starts with `prefix`. */
function planOf(
  sqlite: Database.Database,
  prefix: string,
  run: (repos: ReturnType<typeof createRepositories>) => void,
) {
  const texts: string[] = [];
  run(createRepositories(recordingPrepares(sqlite, texts)));
  const text = texts.find((t) => t.startsWith(prefix));
  expect(text).toBeDefined();
  const nulls = Array.from({ length: (text as string).split("?").length - 1 }, () => null);
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...nulls) as { detail: string }[]).map(
    (s) => s.detail,
  );
}

describe("meeting lists read off their indexes", () => {
  it("a date window's page, either way, is read from the date index alone, without a row lookup per meeting", () => {
    const db = seededDatabase();
    for (const sort of ["date", "-date"] as const) {
      const plan = planOf(db.$client, "SELECT m.id", (repos) =>
        repos.meetings.list({ from: "2022-01-01", to: "2022-03-01", sort, limit: 50 }),
      );
      expect(plan).toContainEqual(expect.stringMatching(/^SEARCH m USING COVERING INDEX meetings_date_idx/));
    }
    db.$client.close();
  });

  it("a venue's page, either way, is read from its index alone, without a row lookup per meeting", () => {
    const db = seededDatabase();
    for (const filters of [
      { city: "geneva", from: "2020-01-01" },
      { country: "switzerland", from: "2020-01-01", to: "2023-01-01" },
    ]) {
      for (const sort of ["date", "-date"] as const) {
        const plan = planOf(db.$client, "SELECT m.id", (repos) =>
          repos.meetings.list({ ...filters, sort, limit: 100 }),
        );
        expect(plan).toContainEqual(
          expect.stringMatching(/^SEARCH m USING COVERING INDEX meetings_(city|country)_idx/),
        );
      }
    }
    db.$client.close();
  });

  it("a venue's total from a date is counted from its index alone", () => {
    const db = seededDatabase();
    for (const filters of [
      { city: "geneva", from: "2020-01-01" },
      { country: "switzerland", from: "2020-01-01" },
    ]) {
      const plan = planOf(db.$client, "SELECT count(*)", (repos) =>
        repos.meetings.count(repos.meetings.conditions(filters)),
      );
      expect(plan).toContainEqual(expect.stringMatching(/USING COVERING INDEX meetings_(city|country)_idx/));
    }
    db.$client.close();
  });
});
