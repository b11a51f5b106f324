import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/queries/index.js";
import { seededDatabase } from "../helpers.js";

/**
 * Every query the list and detail routes run, with each filter, must find its rows through an index: a plan step
 * `SCAN <table>` without `USING (COVERING) INDEX` reads the whole table, which is fine on the seed and ruinous at
 * 100,000 meetings and a million quotes. The SQL is captured from the repositories themselves (every statement
 * they prepare), so a new filter or query shape is checked as soon as it is exercised here.
 */
function recordingConnection(sqlite: Database.Database, texts: Set<string>): Database.Database {
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === "prepare") {
        return (text: string) => {
          texts.add(text);
          return target.prepare(text);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function setUp() {
  const db = seededDatabase();
  const sqlite = db.$client;
  // Many quotes with one word, so a search's pages are walked past the first.
  const article = sqlite.prepare("SELECT id FROM articles LIMIT 1").pluck().get() as string;
  const insert = sqlite.prepare(
    `INSERT INTO quotes (id, text, article_id, start, "end", date) VALUES (?, ?, ?, 0, 10, '2022-01-01')`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < 2100; i++) insert.run(`q-plan-${i}`, `zebra crossing number ${i}`, article);
  })();
  const texts = new Set<string>();
  const repos = createRepositories(recordingConnection(sqlite, texts));
  return { sqlite, texts, repos };
}

/**
 * The plan steps that read a whole table: `SCAN m` (a table or its alias), but not `SCAN m USING INDEX …`, a
 * covering index, an FTS virtual table, or a subquery's own rows.
 */
function fullScans(sqlite: Database.Database, text: string): string[] {
  const nulls = Array.from({ length: text.split("?").length - 1 }, () => null);
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...nulls) as { detail: string }[];
  return plan
    .map((step) => step.detail)
    .filter(
      (d) => d.startsWith("SCAN ") && !/USING (COVERING )?INDEX|VIRTUAL TABLE|CONSTANT ROW|^SCAN \(/.test(d),
    );
}

describe("query plans", () => {
  it("every list, count and detail query of the API uses an index, with every filter", () => {
    const { sqlite, texts, repos } = setUp();
    const meeting = repos.meetings.list({ limit: 1 }).rows[0];
    expect(meeting).toBeDefined();
    // A cursor belongs to its sort order.
    const pages = {
      date: repos.meetings.list({ limit: 1, sort: "date" }).next ?? undefined,
      "-date": repos.meetings.list({ limit: 1, sort: "-date" }).next ?? undefined,
    };
    const meetingFilters = [
      {},
      { from: "2022-01-01" },
      { to: "2022-12-31" },
      { from: "2022-01-01", to: "2022-12-31" },
      { city: "geneva" },
      { city: "geneva", from: "2020-01-01", to: "2024-01-01" },
      { city: ["geneva", "geneve", "genf"] },
      { country: "switzerland" },
      { status: "held" as const },
      { organization: "osce" },
      { participant: "sergey-ryabkov" },
      { q: "security guarantees" },
      { updatedSince: "2020-01-01T00:00:00Z" },
    ];
    for (const f of meetingFilters) {
      for (const sort of ["date", "-date"] as const) {
        repos.meetings.list({ ...f, sort, limit: 20 });
        repos.meetings.list({ ...f, sort, limit: 20, cursor: pages[sort] });
      }
      repos.meetings.count(repos.meetings.conditions(f));
    }
    repos.meetings.get(meeting?.id as string);
    for (const f of [{}, { kind: "person" as const }, { affiliation: "Russia" }, { q: "minister" }]) {
      repos.participants.list({ ...f, limit: 20 });
      repos.participants.count(f);
    }
    repos.participants.get("sergey-ryabkov");
    const quoteFilters = [
      {},
      { speaker: "sergey-ryabkov" },
      { meeting: meeting?.id as string },
      { from: "2022-01-01", to: "2022-12-31" },
      { q: "security" },
      { q: "zebra" },
      { q: "zebra", from: "2022-01-01" },
      { q: "zebra", from: "2021-01-01", to: "2022-12-31" },
      { q: "zebra", speaker: "sergey-ryabkov" },
      { updatedSince: "2020-01-01T00:00:00Z" },
    ];
    for (const f of quoteFilters) {
      const first = repos.quotes.list({ ...f, limit: 20 });
      repos.quotes.list({ ...f, limit: 20, cursor: first.next ?? undefined });
      repos.quotes.count(f);
    }
    repos.quotes.get("q-plan-1");
    for (const f of [{}, { q: "talks" }]) {
      repos.articles.list({ ...f, limit: 20 });
      repos.articles.count(f);
    }
    expect(texts.size).toBeGreaterThan(30);
    // A search is read in the FTS index's own (date) order: sorting every match would cost what counting does.
    const searches = [...texts].filter((t) => t.includes("FROM quotes_search f") && t.includes("LIMIT"));
    expect(searches.length).toBeGreaterThan(2);
    for (const text of searches) {
      const nulls = Array.from({ length: text.split("?").length - 1 }, () => null);
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...nulls) as { detail: string }[];
      expect(plan.map((step) => step.detail).join("\n")).not.toMatch(/TEMP B-TREE/);
    }

    const offenders = [...texts]
      // Facets and histograms aggregate every matching row by design; exports stream whole tables.
      .filter((t) => !/GROUP BY (m\.city|m\.country|m\.status|p\.name|period)\b/.test(t))
      .map((t) => ({ sql: t.replace(/\s+/g, " ").slice(0, 200), scans: fullScans(sqlite, t) }))
      .filter((o) => o.scans.length > 0);
    expect(offenders).toEqual([]);
  });
});
