import { describe, expect, it } from "vitest";
import { http, postArticle, reportText, writableApp } from "../helpers.js";

// 2023-06-02 is a Friday; 2023-07-15 a Saturday; 2023-07-20 a Thursday.
const article = reportText;

type Listed = { id: string; date: string; city: string; status: string };
type Source = { articleId: string };

/** Every meeting listed, each with its date, city, status and the articles listed among its sources. */
async function timeline(texts: string[]) {
  const app = await writableApp();
  const ids = new Map<string, number>();
  for (const [i, text] of texts.entries()) ids.set((await postArticle(app, text)).body.articleId, i);
  const listed = (await http(app).get("/meetings?limit=100&from=2023-01-01")).body.data as Listed[];
  const rows: string[] = [];
  for (const m of listed) {
    const detail = (await http(app).get(`/meetings/${m.id}`)).body as { sources: Source[] };
    const by = [...new Set(detail.sources.map((s) => ids.get(s.articleId)))].sort().join(",");
    rows.push(`${m.date} ${m.city} ${m.status} [${by}]`);
  }
  return rows.sort();
}

/** The same articles in every order give the same timeline, whatever arrives first. */
async function inEveryOrder(texts: string[]) {
  const orders = [texts, [...texts].reverse(), [texts[1], texts[0], ...texts.slice(2)] as string[]];
  const results = [];
  for (const order of orders) {
    const rows = await timeline(order);
    // Name each article by its place in `texts`, not in the order posted.
    results.push(
      rows.map((r) =>
        r.replace(
          /\[(.*)\]/,
          (_, list: string) =>
            `[${list
              .split(",")
              .filter(Boolean)
              .map((i) => texts.indexOf(order[Number(i)] as string))
              .sort()
              .join(",")}]`,
        ),
      ),
    );
  }
  return results;
}

describe("a report another meeting took in while none stood where and when it said", () => {
  it("leaves a round held days later for the round held on the days it planned, whichever report comes last", async () => {
    const plan = article(
      "2023-07-10",
      "Estonia and Latvia to meet in Tallinn",
      "The prime ministers of Estonia and Latvia will hold talks in Tallinn on July 13, officials said.",
    );
    const later = article(
      "2023-07-18",
      "Estonia and Latvia met in Tallinn again",
      "The prime ministers of Estonia and Latvia met in Tallinn on Monday for another round, officials said.",
    );
    const held = article(
      "2023-07-14",
      "Estonia and Latvia met in Tallinn",
      "The prime ministers of Estonia and Latvia held talks in Tallinn on Thursday, officials said.",
    );
    const [first, ...rest] = await inEveryOrder([plan, later, held]);
    expect(first).toEqual(["2023-07-13 Tallinn held [0,2]", "2023-07-17 Tallinn held [1]"]);
    for (const r of rest) expect(r).toEqual(first);
  });

  it("leaves a meeting elsewhere for one at the city its plan named, once a report places one there", async () => {
    const plan = article(
      "2023-07-12",
      "Armenia and Azerbaijan to meet in Tallinn",
      "The foreign ministers of Armenia and Azerbaijan will meet in Tallinn on Thursday, officials said.",
    );
    const elsewhere = article(
      "2023-07-14",
      "Armenia and Azerbaijan met in Riga",
      "The foreign ministers of Armenia and Azerbaijan met in Riga on Thursday, officials said.",
    );
    const held = article(
      "2023-07-14",
      "Armenia and Azerbaijan met in Tallinn",
      "The foreign ministers of Armenia and Azerbaijan met in Tallinn on Thursday, officials said.",
    );
    const [first, ...rest] = await inEveryOrder([plan, elsewhere, held]);
    expect(first).toEqual(["2023-07-13 Riga held [1]", "2023-07-13 Tallinn held [0,2]"]);
    for (const r of rest) expect(r).toEqual(first);
  });
});
