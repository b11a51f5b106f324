import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { createRepositories } from "../../src/db/queries/index.js";
import { rebuildQuoteSearchSql } from "../../src/db/queries/quote-search.js";

/** A database with one article and quotes stored out of date order, so the search key, not rowid, orders them. */
function setUp() {
  const db = openDatabase(":memory:");
  runMigrations(db);
  const sqlite = db.$client;
  sqlite
    .prepare(
      "INSERT INTO articles (id, title, date, text, sha256, extractor_version, loaded_at) VALUES ('a', 'A', '2022-01-01', 'x', 'h', 'test', '2022-01-01T00:00:00Z')",
    )
    .run();
  const insert = sqlite.prepare(
    `INSERT INTO quotes (id, text, article_id, start, "end", date) VALUES (?, ?, 'a', 0, 1, ?)`,
  );
  const quotes: [string, string, string][] = [
    ["q5", "security guarantees matter", "2023-06-01"],
    ["q1", "we discussed security", "1999-12-31"],
    ["q4", "no security without trust", "2022-01-10"],
    ["q2", "talks about weather", "2000-01-01"],
    ["q3", "Security first, security last", "2022-01-10"],
    ["q6", "Sécurité et coopération", "2022-01-09"],
  ];
  for (const [id, text, date] of quotes) insert.run(id, text, date);
  return { sqlite, repos: createRepositories(sqlite) };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("quote search", () => {
  it("returns matches in date order, a day's quotes in the order they were stored, page after page", () => {
    const { repos } = setUp();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = repos.quotes.list({ q: "security", limit: 1, cursor });
      seen.push(...ids(page.rows));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(seen).toEqual(["q1", "q4", "q3", "q5"]);
    expect(repos.quotes.count({ q: "security" })).toBe(4);
  });

  it("narrows by inclusive days inside the index, and counts the same way", () => {
    const { repos } = setUp();
    const f = { q: "security", from: "2022-01-10", to: "2022-01-10" };
    expect(ids(repos.quotes.list({ ...f, limit: 10 }).rows)).toEqual(["q4", "q3"]);
    expect(repos.quotes.count(f)).toBe(2);
    expect(ids(repos.quotes.list({ q: "security", to: "2021-12-31", limit: 10 }).rows)).toEqual(["q1"]);
    expect(ids(repos.quotes.list({ q: "security", from: "2023-01-01", limit: 10 }).rows)).toEqual(["q5"]);
    expect(ids(repos.quotes.list({ q: "securite", limit: 10 }).rows)).toEqual(["q6"]);
  });

  it("follows edits: a new text or date moves the quote, a deleted quote is gone", () => {
    const { sqlite, repos } = setUp();
    sqlite.prepare("UPDATE quotes SET text = 'trust but verify' WHERE id = 'q4'").run();
    sqlite.prepare("UPDATE quotes SET date = '1990-01-01' WHERE id = 'q5'").run();
    sqlite.prepare("DELETE FROM quotes WHERE id = 'q1'").run();
    expect(ids(repos.quotes.list({ q: "security", limit: 10 }).rows)).toEqual(["q5", "q3"]);
    expect(ids(repos.quotes.list({ q: "trust", limit: 10 }).rows)).toEqual(["q4"]);
    expect(repos.quotes.count({ q: "security" })).toBe(2);
  });

  it("is rebuilt whole from the quotes by a bulk load, with the same answers", () => {
    const { sqlite, repos } = setUp();
    const before = ids(repos.quotes.list({ q: "security", limit: 10 }).rows);
    sqlite.exec(rebuildQuoteSearchSql);
    expect(ids(repos.quotes.list({ q: "security", limit: 10 }).rows)).toEqual(before);
    expect(repos.quotes.count({ q: "security" })).toBe(4);
  });

  it("rejects a cursor from an unsearched list instead of misreading it", () => {
    const { repos } = setUp();
    const plain = repos.quotes.list({ limit: 1 }).next ?? undefined;
    expect(() => repos.quotes.list({ q: "security", limit: 1, cursor: plain })).toThrow(/cursor/);
  });
});
