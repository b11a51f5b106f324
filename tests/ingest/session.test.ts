import { describe, expect, it } from "vitest";
import { http, postArticle, reportText, writableApp } from "../helpers.js";

// 2023-03-06 is a Monday, 2023-03-10 a Friday. A session of talks reported by its opening and, days later, by its
// close: each report gives one day. Tallinn's country, Estonia, is no side (`src/ingest/sides.ts`).
const opened = reportText(
  "2023-03-06",
  "Estonia and Latvia open talks",
  "Delegations of Estonia and Latvia opened talks in Tallinn on Monday on their maritime border, officials said.",
);
const closedOn = (day: string, weekday: string, verb = "concluded") =>
  reportText(
    day,
    "Estonia and Latvia talks end",
    `The talks between Estonia and Latvia on their maritime border ${verb} in Tallinn on ${weekday}, officials said.`,
  );
const closed = closedOn("2023-03-13", "Friday");

type Listed = { date: string; endDate: string | null; status: string; sourceCount: number };
async function timeline(...texts: string[]) {
  const app = await writableApp();
  for (const text of texts) await postArticle(app, text);
  const listed = (await http(app).get("/meetings?city=Tallinn")).body.data as Listed[];
  return listed.map((m) => [m.date, m.endDate, m.status, m.sourceCount]);
}

describe("a session reported by its opening and by its close", () => {
  it("is one meeting from the first day to the last, whichever report comes first", async () => {
    for (const order of [
      [opened, closed],
      [closed, opened],
    ]) {
      expect(await timeline(...order)).toEqual([["2023-03-06", "2023-03-10", "held", 2]]);
    }
  });

  it("is one meeting once a report of the opening names a side of the close, whichever report comes first", async () => {
    // The first report of the opening shares no side with the close; the second names the chair both name.
    const openedByLatvia = reportText(
      "2023-03-06",
      "Latvia opens talks",
      "Latvia's delegation opened talks in Tallinn on Monday on the maritime border, officials said.",
    );
    const openedByChair = reportText(
      "2023-03-07",
      "OSCE talks open",
      "Talks chaired by the OSCE opened in Tallinn on Monday on the maritime border, officials said.",
    );
    const closedByChair = reportText(
      "2023-03-13",
      "OSCE talks end",
      "The talks chaired by the OSCE on the maritime border concluded in Tallinn on Friday, officials said.",
    );
    for (const order of [
      [closedByChair, openedByLatvia, openedByChair],
      [openedByLatvia, closedByChair, openedByChair],
    ]) {
      expect(await timeline(...order)).toEqual([["2023-03-06", "2023-03-10", "held", 3]]);
    }
  });

  it("stays two meetings when the later report does not say the talks ended", async () => {
    const metAgain = reportText(
      "2023-03-13",
      "Estonia and Latvia meet again",
      "Delegations of Estonia and Latvia met again in Tallinn on Friday on their maritime border, officials said.",
    );
    expect(await timeline(opened, metAgain)).toHaveLength(2);
  });

  it("stays two meetings when the close comes more than a week after the opening", async () => {
    expect(await timeline(opened, closedOn("2023-03-20", "Tuesday"))).toHaveLength(2);
  });
});
