import { describe, expect, it, vi } from "vitest";
import { appOver, seededDatabase } from "../helpers.js";

/** The seed plus `extra` quotes that all say "zebra", on 2030-01-01, so totals can pass the bound. */
async function appWithQuotes(extra: number) {
  const db = seededDatabase();
  const sqlite = db.$client;
  const article = sqlite.prepare("SELECT id FROM articles LIMIT 1").pluck().get() as string;
  const insert = sqlite.prepare(
    `INSERT INTO quotes (id, text, article_id, start, "end", date) VALUES (?, ?, ?, 0, 10, '2030-01-01')`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < extra; i++) insert.run(`q-total-${i}`, `zebra crossing number ${i}`, article);
  })();
  return appOver(db);
}

describe("list totals", () => {
  it("are exact up to 10,000 rows, with X-Total-Count", async () => {
    const app = await appWithQuotes(10_000);
    const res = await app.inject("/quotes?from=2030-01-01&limit=1");
    expect(res.json().page.total).toBe(10_000);
    expect(res.json().page).not.toHaveProperty("totalRelation");
    expect(res.headers["x-total-count"]).toBe("10000");
  });

  it("past 10,000 are 10,000 flagged as a lower bound, without X-Total-Count", async () => {
    const app = await appWithQuotes(10_001);
    for (const url of ["/quotes?from=2030-01-01&limit=1", "/quotes?limit=1"]) {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(200);
      expect(res.json().page).toMatchObject({ total: 10_000, totalRelation: "gte" });
      expect(res.headers["x-total-count"]).toBeUndefined();
    }
    // A narrower filter is counted exactly again.
    const narrow = await app.inject("/quotes?q=zebra+number+17&limit=1");
    expect(narrow.json().page.totalRelation).toBeUndefined();
    expect(narrow.json().page.total).toBeGreaterThan(0);
  });
});

describe("a quote search's total", () => {
  it("is exact up to 100 matches, with X-Total-Count", async () => {
    const app = await appWithQuotes(100);
    const res = await app.inject("/quotes?q=zebra&limit=1");
    expect(res.json().page.total).toBe(100);
    expect(res.json().page).not.toHaveProperty("totalRelation");
    expect(res.headers["x-total-count"]).toBe("100");
  });

  it("past 100 is 100 flagged as a lower bound, whichever index answers it", async () => {
    const app = await appWithQuotes(101);
    const article = await app.inject("/quotes?q=zebra&limit=1");
    const speakerless = await app.inject("/quotes?q=zebra&minConfidence=0&limit=1");
    for (const res of [article, speakerless]) {
      expect(res.json().page).toMatchObject({ total: 100, totalRelation: "gte" });
      expect(res.headers["x-total-count"]).toBeUndefined();
    }
    // The same quotes without a search are counted exactly (the count is cached: this runs after the search's).
    const listed = await app.inject("/quotes?from=2030-01-01&limit=1");
    expect(listed.json().page).toEqual(expect.objectContaining({ total: 101 }));
    expect(listed.json().page.totalRelation).toBeUndefined();
  });
});

describe("a quote search's exact total, on request (count=exact)", () => {
  it("counts past 100 matches exactly, beside the bounded total of the same search", async () => {
    const app = await appWithQuotes(150);
    // The bounded total first: an exact request after it must not be answered from its cached count.
    const bounded = await app.inject("/quotes?q=zebra&limit=1");
    expect(bounded.json().page).toMatchObject({ total: 100, totalRelation: "gte" });
    const exact = await app.inject("/quotes?q=zebra&limit=1&count=exact");
    expect(exact.statusCode).toBe(200);
    expect(exact.json().page.total).toBe(150);
    expect(exact.json().page).not.toHaveProperty("totalRelation");
    expect(exact.headers["x-total-count"]).toBe("150");
    // …and the bounded one is still bounded after it, through either index.
    for (const url of ["/quotes?q=zebra&limit=1", "/quotes?q=zebra&minConfidence=0&limit=1"])
      expect((await app.inject(url)).json().page).toMatchObject({ total: 100, totalRelation: "gte" });
    const speakerless = await app.inject("/quotes?q=zebra&minConfidence=0&limit=1&count=exact");
    expect(speakerless.json().page.total).toBe(150);
  });

  it("stops at 10,000 like every other list, flagged as a lower bound", async () => {
    const app = await appWithQuotes(10_001);
    const res = await app.inject("/quotes?q=zebra&limit=1&count=exact");
    expect(res.json().page).toMatchObject({ total: 10_000, totalRelation: "gte" });
    expect(res.headers["x-total-count"]).toBeUndefined();
  });

  it("is refused on other lists, where totals are already exact to 10,000", async () => {
    const app = await appWithQuotes(0);
    expect((await app.inject("/meetings?count=exact")).statusCode).toBe(400);
    expect((await app.inject("/quotes?count=maybe")).statusCode).toBe(400);
  });
});

describe("a first page that holds every match", () => {
  it("is its own total: the list is not counted again", async () => {
    const app = await appWithQuotes(30);
    const counts = [
      vi.spyOn(app.repositories.meetings, "total"),
      vi.spyOn(app.repositories.quotes, "count"),
      vi.spyOn(app.repositories.participants, "count"),
    ];
    for (const url of ["/meetings?limit=100", "/quotes?q=zebra&limit=100", "/participants?limit=100"]) {
      const res = await app.inject(url);
      const body = res.json();
      expect(body.page.next).toBeNull();
      expect(body.page.total).toBe(body.data.length);
      expect(res.headers["x-total-count"]).toBe(String(body.data.length));
    }
    for (const count of counts) expect(count).not.toHaveBeenCalled();
    // A page with more after it, or a later page, is counted.
    const first = (await app.inject("/quotes?q=zebra&limit=10")).json();
    expect(first.page.total).toBe(30);
    const last = await app.inject(`/quotes?q=zebra&limit=20&cursor=${first.page.next}`);
    expect(last.json().page).toMatchObject({ next: null, total: 30 });
    expect(counts[1]).toHaveBeenCalled();
  });
});
