import { describe, expect, it } from "vitest";
import { http, seededApp } from "../helpers.js";

const ids = (body: { data: { id: string }[] }) => body.data.map((r) => r.id);

describe("full-text search", () => {
  it("finds meetings by words of their title, venue and supporting sentences, ignoring case and accents, and by phrase", async () => {
    const app = await seededApp();
    expect(
      ids(
        (
          await http(app)
            .get(`/meetings?q=${encodeURIComponent("GENÉVA")}`)
            .expect(200)
        ).body,
      ),
    ).toEqual(["2022-01-10-geneva"]);
    const phrase = await http(app)
      .get(`/meetings?q=${encodeURIComponent('"security guarantees talks"')}`)
      .expect(200);
    expect(ids(phrase.body)).toEqual(["2022-01-10-geneva"]);
    const none = await http(app)
      .get(`/meetings?q=${encodeURIComponent('"talks security guarantees"')}`)
      .expect(200);
    expect(none.body.data).toEqual([]);
  });

  it("finds quotes by words (all must match) and by phrase", async () => {
    const app = await seededApp();
    const words = await http(app).get("/quotes?q=scenes%20behind").expect(200);
    expect(words.body.data.map((q: { text: string }) => q.text)).toEqual([
      expect.stringContaining("behind the scenes"),
    ]);
    const phrase = await http(app)
      .get(`/quotes?q=${encodeURIComponent('"scenes behind"')}`)
      .expect(200);
    expect(phrase.body.data).toEqual([]);
  });

  it("finds participants and articles", async () => {
    const app = await seededApp();
    expect(ids((await http(app).get("/participants?q=minister").expect(200)).body)).toEqual([
      "sergey-ryabkov",
    ]);
    expect((await http(app).get("/articles?q=ryabkov").expect(200)).body.data).toHaveLength(1);
    expect((await http(app).get("/articles?q=zanzibar").expect(200)).body.data).toHaveLength(0);
  });

  it.each([
    '"',
    '"unbalanced',
    "NEAR(a b)",
    "*",
    "a OR",
    "AND",
    "title:geneva",
    "^geneva",
    "'); DROP TABLE meetings; --",
    "-",
    "()",
    "geneva*",
    "x".repeat(500),
  ])("never fails on FTS syntax in the input: %s", async (q) => {
    const app = await seededApp();
    for (const route of ["/meetings", "/quotes", "/participants", "/articles"]) {
      const res = await http(app).get(`${route}?q=${encodeURIComponent(q)}`);
      expect(res.status, `${route} ${q}`).toBe(200);
    }
    expect((await http(app).get("/meetings").expect(200)).body.data).toHaveLength(3);
  });
});

describe("list pages", () => {
  it("report the total in the body and X-Total-Count, unless count=false", async () => {
    const app = await seededApp();
    const res = await http(app).get("/meetings?limit=1").expect(200);
    expect(res.body.page.total).toBe(3);
    expect(res.headers["x-total-count"]).toBe("3");
    const uncounted = await http(app).get("/meetings?limit=1&count=false").expect(200);
    expect(uncounted.body.page).not.toHaveProperty("total");
    expect(uncounted.headers).not.toHaveProperty("x-total-count");
    const quotes = await http(app).get("/quotes?speaker=sergey-ryabkov").expect(200);
    expect(quotes.headers["x-total-count"]).toBe("7");
  });

  it("link to the next page with a Link header that can be followed", async () => {
    const app = await seededApp();
    const first = await http(app).get("/meetings?status=scheduled&limit=1").expect(200);
    const link = first.headers.link as string;
    expect(link).toMatch(/^<\/meetings\?status=scheduled&limit=1&cursor=[^>]+>; rel="next"$/);
    const nextUrl = link.slice(1, link.indexOf(">"));
    const second = await http(app).get(nextUrl).expect(200);
    expect(ids(second.body)).toEqual(["2022-01-13-vienna"]);
    expect(second.headers).not.toHaveProperty("link");
  });

  it.each(["/meetings", "/participants", "/quotes", "/articles"])(
    "walk %s with limit=1, each item once",
    async (route) => {
      const app = await seededApp();
      const all = (await http(app).get(`${route}?limit=100`).expect(200)).body.data.map(
        (r: { id: string }) => r.id,
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { data: { id: string }[]; page: { next: string | null } } } = await http(app)
          .get(`${route}?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)
          .expect(200);
        seen.push(...ids(res.body));
        cursor = res.body.page.next;
      } while (cursor);
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
    },
  );

  it("embed related records with include", async () => {
    const app = await seededApp();
    const plain = await http(app).get("/meetings").expect(200);
    expect(plain.body.data[0]).not.toHaveProperty("participants");
    const res = await http(app).get("/meetings?include=participants,quotes,sources").expect(200);
    const geneva = res.body.data[0];
    expect(geneva.participants.map((p: { id: string }) => p.id)).toContain("sergey-ryabkov");
    expect(geneva.quotes.length).toBeGreaterThan(0);
    expect(geneva.sources.length).toBeGreaterThan(0);
    await http(app).get("/meetings?include=everything").expect(400);
  });

  it("count values per facet and meetings per month over the whole filter", async () => {
    const app = await seededApp();
    const res = await http(app)
      .get("/meetings?limit=1&facet=city,country,organization,status&histogram=month")
      .expect(200);
    expect(res.body.facets.status).toEqual([
      { value: "scheduled", count: 2 },
      { value: "held", count: 1 },
    ]);
    expect(res.body.facets.organization).toEqual([
      { value: "NATO", count: 1 },
      { value: "OSCE", count: 1 },
    ]);
    expect(
      res.body.facets.city.map((f: { count: number }) => f.count).reduce((a: number, b: number) => a + b),
    ).toBe(3);
    expect(res.body.histogram).toEqual({ interval: "month", buckets: [{ period: "2022-01", count: 3 }] });
    const filtered = await http(app).get("/meetings?status=held&facet=status&histogram=year").expect(200);
    expect(filtered.body.facets.status).toEqual([{ value: "held", count: 1 }]);
    expect(filtered.body.histogram.buckets).toEqual([{ period: "2022", count: 1 }]);
  });

  it("carry their date certainty, with the raw date text in the sources", async () => {
    const app = await seededApp();
    const geneva = (await http(app).get("/meetings/2022-01-10-geneva").expect(200)).body;
    expect(geneva).toMatchObject({ dateCertainty: "inferred" });
    // Every meeting is dated to the day, so no precision is claimed.
    expect(geneva).not.toHaveProperty("datePrecision");
    expect(geneva.sources.some((s: { dateText: string | null }) => /Monday/.test(s.dateText ?? ""))).toBe(
      true,
    );
  });

  it("answer 400 problems for impossible dates and bad cursors on every list", async () => {
    const app = await seededApp();
    for (const url of ["/meetings?from=2022-02-30", "/quotes?to=2022-00-10", "/meetings?to=yesterday"]) {
      const res = await http(app).get(url).expect(400);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
    for (const route of ["/meetings", "/participants", "/quotes", "/articles"]) {
      const forged = Buffer.from(JSON.stringify([1, 2, 3])).toString("base64url");
      const res = await http(app).get(`${route}?cursor=${forged}`).expect(400);
      expect(res.body.type).toBe("/problems/invalid-cursor");
    }
  });
});
