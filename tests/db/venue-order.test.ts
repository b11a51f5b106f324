import { describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/queries/index.js";
import { recordingPrepares, seededDatabase } from "../helpers.js";

describe("a venue's meetings", () => {
  it("are paged in their index's order (date, id), with no sort of every meeting of the venue", () => {
    const db = seededDatabase();
    for (const filters of [
      { city: "geneva", from: "2020-01-01" },
      { city: "geneva" },
      { country: "switzerland", from: "2020-01-01" },
    ]) {
      for (const sort of ["date", "-date"] as const) {
        const texts: string[] = [];
        const repos = createRepositories(recordingPrepares(db.$client, texts));
        repos.meetings.list({ ...filters, sort, limit: 20 });
        const page = texts.find((t) => t.startsWith("SELECT m.id"));
        expect(page).toBeDefined();
        const nulls = Array.from({ length: (page as string).split("?").length - 1 }, () => null);
        const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${page}`).all(...nulls) as {
          parent: number;
          detail: string;
        }[];
        expect(
          plan.some((step) => /USING (COVERING )?INDEX meetings_(city|country)_idx/.test(step.detail)),
        ).toBe(true);
        // Subqueries sort a meeting's names (their own steps); the page itself is read in order, never sorted.
        const pageSteps = plan.filter((step) => step.parent === 0).map((step) => step.detail);
        expect(pageSteps.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
      }
    }
    db.$client.close();
  });
});
