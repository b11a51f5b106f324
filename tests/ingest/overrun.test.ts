import { describe, expect, it } from "vitest";
import { http, postArticle, reportText, writableApp } from "../helpers.js";

// 2023-03-06 is a Monday, 2023-03-11 a Saturday. Tallinn's country, Estonia, is no side (`src/ingest/sides.ts`).
const article = reportText;
const openedToEnd8 = article(
  "2023-03-06",
  "Estonia and Latvia open talks in Tallinn",
  'Negotiators of Estonia and Latvia opened talks in Tallinn on Monday. "The talks started today, the 6th of March, and will end on the 8th of March," the Estonian foreign ministry said.',
);
const signed = (day: string, weekday: string, sides = "Estonia and Latvia") =>
  article(
    day,
    `${sides} sign border deal`,
    `${sides} signed a border agreement in Tallinn on ${weekday}, closing the talks, officials said.`,
  );
const signedOn11 = signed("2023-03-11", "Saturday");

type Listed = { id: string; date: string; endDate: string | null; status: string; sourceCount: number };

async function timeline(...texts: string[]) {
  const app = await writableApp();
  for (const text of texts) await postArticle(app, text);
  const listed = (await http(app).get("/meetings?city=Tallinn")).body.data as Listed[];
  return listed.map((m) => [m.date, m.endDate, m.status, m.sourceCount]);
}

describe("talks that overran their planned end", () => {
  it("take in their close a few days after the planned last day, whichever report comes first", async () => {
    for (const order of [
      [openedToEnd8, signedOn11],
      [signedOn11, openedToEnd8],
    ]) {
      expect(await timeline(...order)).toEqual([["2023-03-06", "2023-03-11", "held", 2]]);
    }
  });

  it("take in their close once a later report names a side the opening report left out", async () => {
    // The opening report names only the host; a report of the talks under way names the other side.
    const openedByHost = article(
      "2023-03-06",
      "Talks open in Tallinn",
      'Estonia opened talks in Tallinn on Monday. "The talks started today, the 6th of March, and will end on the 8th of March," the Estonian foreign ministry said.',
    );
    const underWay = article(
      "2023-03-07",
      "Estonia and Latvia talks under way",
      "The talks between Estonia and Latvia continued in Tallinn on Tuesday, officials said.",
    );
    expect(await timeline(openedByHost, signedOn11, underWay)).toEqual([
      ["2023-03-06", "2023-03-11", "held", 3],
    ]);
  });

  it("keep apart a meeting more than three days after the planned last day", async () => {
    for (const order of [
      [openedToEnd8, signed("2023-03-12", "Sunday")],
      [signed("2023-03-12", "Sunday"), openedToEnd8],
    ]) {
      expect(await timeline(...order)).toHaveLength(2);
    }
  });

  it("keep apart a meeting that shares only the host country with them", async () => {
    expect(
      await timeline(openedToEnd8, signed("2023-03-11", "Saturday", "Estonia and Finland")),
    ).toHaveLength(2);
  });

  it("keep apart a meeting an article places beside them", async () => {
    const withSigning = openedToEnd8.replace(
      /\n$/,
      "\n\nEstonia and Latvia will meet again in Tallinn on 11 March to sign the agreement, the ministry added.\n",
    );
    expect(await timeline(withSigning, signedOn11)).toEqual([
      ["2023-03-06", "2023-03-08", "scheduled", 1],
      ["2023-03-11", null, "held", 2],
    ]);
  });

  it("take in a later day when their last day is only as far as the reports written on it", async () => {
    // Written on the Tuesday: the talks so far, not their close; the signing comes two days later.
    const soFar = article(
      "2023-03-07",
      "Estonia and Latvia talks go on",
      "Negotiators of Estonia and Latvia held talks in Tallinn on Monday and Tuesday, officials said.",
    );
    const signedOn9 = signed("2023-03-09", "Thursday");
    for (const order of [
      [soFar, signedOn9],
      [signedOn9, soFar],
    ]) {
      expect(await timeline(...order)).toEqual([["2023-03-06", "2023-03-09", "held", 2]]);
    }
  });

  it("keep apart a later day when a report written after their last day confirms it", async () => {
    const soFar = article(
      "2023-03-07",
      "Estonia and Latvia talks go on",
      "Negotiators of Estonia and Latvia held talks in Tallinn on Monday and Tuesday, officials said.",
    );
    const heldTwoDays = article(
      "2023-03-08",
      "Estonia and Latvia end talks",
      "Negotiators of Estonia and Latvia held talks in Tallinn on Monday and Tuesday, officials said on Wednesday.",
    );
    expect(await timeline(soFar, heldTwoDays, signed("2023-03-09", "Thursday"))).toEqual([
      ["2023-03-06", "2023-03-07", "held", 2],
      ["2023-03-09", null, "held", 1],
    ]);
  });

  it("keep apart a meeting after a last day a later report confirms", async () => {
    const endedOn8 = article(
      "2023-03-09",
      "Estonia and Latvia end talks",
      "The talks between Estonia and Latvia were held in Tallinn from 6 to 8 March, officials said on Thursday.",
    );
    expect(await timeline(openedToEnd8, endedOn8, signedOn11)).toEqual([
      ["2023-03-06", "2023-03-08", "held", 2],
      ["2023-03-11", null, "held", 1],
    ]);
  });
});

describe("one-day meetings days apart", () => {
  it("stay two meetings, as rounds of the same talks", async () => {
    const met = (day: string, weekday: string, again = "") =>
      article(
        day,
        "Estonia and Latvia meet",
        `Negotiators of Estonia and Latvia met ${again}in Tallinn on ${weekday}, officials said.`,
      );
    expect(await timeline(met("2023-03-06", "Monday"), met("2023-03-09", "Thursday", "again "))).toEqual([
      ["2023-03-06", null, "held", 1],
      ["2023-03-09", null, "held", 1],
    ]);
  });
});
