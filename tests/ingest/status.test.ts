import { describe, expect, it } from "vitest";
import { auth, http, postArticle, reportText, writableApp } from "../helpers.js";

// 2023-05-10 is a Wednesday. Four reports of one meeting, each written after the one before.
const article = reportText;
const planned = article(
  "2023-05-01",
  "Estonia and Latvia to meet",
  "The prime ministers of Estonia and Latvia will meet in Tallinn on May 10, officials said.",
);
const calledOff = article(
  "2023-05-05",
  "Estonia and Latvia call off meeting",
  "The meeting of the prime ministers of Estonia and Latvia in Tallinn on May 10 has been called off, officials said.",
);
const backOn = article(
  "2023-05-07",
  "Estonia and Latvia meeting back on",
  "The prime ministers of Estonia and Latvia will meet in Tallinn on May 10 after all, officials said.",
);
const held = article(
  "2023-05-11",
  "Estonia and Latvia met",
  "The prime ministers of Estonia and Latvia met in Tallinn on Wednesday, officials said.",
);

/** The Tallinn meetings after posting the reports in the order given. */
async function tallinn(reports: string[]) {
  const app = await writableApp();
  for (const text of reports) await postArticle(app, text);
  const listed = (await http(app).get("/meetings?city=Tallinn")).body.data;
  return listed.map((m: { date: string; status: string; sourceCount: number }) => [
    m.date,
    m.status,
    m.sourceCount,
  ]);
}

describe("a meeting's status, from what its reports say", () => {
  it("is cancelled once a later report says it was called off, in whichever order the reports arrive", async () => {
    for (const order of [
      [planned, calledOff],
      [calledOff, planned],
    ])
      expect(await tallinn(order)).toEqual([["2023-05-10", "cancelled", 2]]);
  });

  it("is scheduled again when a report written after the cancellation says it goes ahead", async () => {
    for (const order of [
      [planned, calledOff, backOn],
      [backOn, calledOff, planned],
      [calledOff, backOn, planned],
    ])
      expect(await tallinn(order)).toEqual([["2023-05-10", "scheduled", 3]]);
  });

  it("is held once a report written after its day describes it as over", async () => {
    for (const order of [
      [planned, calledOff, backOn, held],
      [held, backOn, calledOff, planned],
      [calledOff, held, planned, backOn],
    ])
      expect(await tallinn(order)).toEqual([["2023-05-10", "held", 4]]);
  });
});

describe("a mention of talks without a day or a venue", () => {
  it("creates no meeting, and joins none", async () => {
    const app = await writableApp();
    const before = (await http(app).get("/meetings?limit=100")).body.data.length;
    await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "text/plain")
      .send(
        article(
          "2023-05-11",
          "Leaders to meet again",
          "The two prime ministers agreed to hold talks in Tallinn later this month. They met on Monday, officials said.",
        ),
      )
      .expect(201);
    const after = (await http(app).get("/meetings?limit=100")).body.data;
    expect(after).toHaveLength(before);
    expect(after.map((m: { sourceCount: number }) => m.sourceCount)).not.toContain(2);
  });
});
