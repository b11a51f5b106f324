import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

const meetings = (text: string) =>
  extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city, m.status]);

describe("meeting dates", () => {
  it("resolves a past weekday to the previous such day and a future one to the next", () => {
    // 2024-03-06 is a Wednesday.
    const text = article(
      "2024-03-06",
      "Envoys held talks in Madrid on Monday and will meet again in Lisbon on Friday.",
      "Officials said Tuesday’s session in Madrid was useful.",
    );
    expect(meetings(text)).toEqual([
      ["2024-03-04", null, "Madrid", "held"],
      ["2024-03-05", null, "Madrid", "held"],
      ["2024-03-08", null, "Lisbon", "scheduled"],
    ]);
  });

  it("reads 'next Tuesday', 'yesterday' and a weekday that is the article's own day", () => {
    const text = article(
      "2024-03-06",
      "The delegations met in Oslo yesterday.",
      "A new round of talks will open in Rome next Tuesday.",
      "Ministers described Wednesday’s meeting in Athens as frank.",
    );
    expect(meetings(text)).toEqual([
      ["2024-03-05", null, "Oslo", "held"],
      ["2024-03-06", null, "Athens", "held"],
      ["2024-03-12", null, "Rome", "scheduled"],
    ]);
  });

  it("reads day-month, month-day and two-day ranges, choosing the year nearest the article", () => {
    const text = article(
      "2025-01-08",
      "The sides held a preparatory session in Cairo on December 18.",
      "Talks are due in Doha on 20 January.",
      "The previous round took place in Ankara on November 4 and 5.",
      "A summit is planned in Nairobi on February 10-11.",
    );
    expect(meetings(text)).toEqual([
      ["2024-11-04", "2024-11-05", "Ankara", "held"],
      ["2024-12-18", null, "Cairo", "held"],
      ["2025-01-20", null, "Doha", "scheduled"],
      ["2025-02-10", "2025-02-11", "Nairobi", "scheduled"],
    ]);
  });

  it("looks ahead from a verb of intention ('agreed to meet again … on the 16th'), not back from its past tense", () => {
    const text = article(
      "2024-12-03",
      "Diplomats held talks in Geneva on Monday and agreed to meet again in the Swiss city on the 16th, officials said.",
    );
    expect(meetings(text)).toEqual([
      ["2024-12-02", null, "Geneva", "held"],
      ["2024-12-16", null, "Geneva", "scheduled"],
    ]);
  });

  it("reads 'on the 15th' in the article's month", () => {
    const text = article("2024-06-03", "Negotiators will meet in Vienna on the 15th to continue the talks.");
    expect(meetings(text)).toEqual([["2024-06-15", null, "Vienna", "scheduled"]]);
  });

  it("leaves out history years, month-only dates and undated talks", () => {
    const text = article(
      "2024-06-03",
      "The talks in Geneva aim to revive the 2015 agreement signed in Vienna.",
      "The declaration of May 2023 was agreed in Jeddah.",
      "Ministers could meet in Paris later this year or next week, but no date has been set.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("treats a second-day weekday as the same two-day meeting", () => {
    // 2023-03-31 is a Friday; Thursday is the 30th.
    const text = article(
      "2023-03-31",
      "The talks, held on March 29 and 30 in Pretoria, ended with a statement.",
      "The negotiators left the talks venue in Pretoria on Thursday.",
    );
    expect(meetings(text)).toEqual([["2023-03-29", "2023-03-30", "Pretoria", "held"]]);
  });

  it("does not date a news conference as a meeting", () => {
    const text = article(
      "2025-06-07",
      "The envoy told a news conference in Riyadh yesterday that progress was slow.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("reads 'on Tuesday and Wednesday' as one two-day meeting", () => {
    // 2023-10-20 is a Friday.
    const text = article(
      "2023-10-20",
      "The envoy opened two days of talks in Tunis on Tuesday and Wednesday.",
    );
    expect(meetings(text)).toEqual([["2023-10-17", "2023-10-18", "Tunis", "held"]]);
  });
});

describe("days listed with 'and'", () => {
  it("reads a stated year after a two-day span ('on 17 and 18 November 2018')", () => {
    const text = article(
      "2018-10-24",
      "The chairperson will attend the extraordinary summit in Addis Ababa on 17 and 18 November 2018.",
    );
    expect(meetings(text)).toEqual([["2018-11-17", "2018-11-18", "Addis Ababa", "scheduled"]]);
  });

  it("reads days weeks apart as two meetings, the second a span of its own ('October 14 and 28-29')", () => {
    const text = article(
      "2020-11-12",
      "Two earlier rounds of talks took place in Vienna on October 14 and 28-29.",
    );
    expect(meetings(text)).toEqual([
      ["2020-10-14", null, "Vienna", "held"],
      ["2020-10-28", "2020-10-29", "Vienna", "held"],
    ]);
  });
});

describe("numeric and ordinal day forms", () => {
  it("reads a slashed date the way that lands nearer the report's day, and ordinal days listed with 'and'", () => {
    const text = article(
      "2021-05-10",
      "The envoys met in Vienna on 08/05/2021.",
      "On 11th and 12th May the delegations will meet in Geneva.",
    );
    expect(meetings(text)).toEqual([
      ["2021-05-08", null, "Vienna", "held"],
      ["2021-05-11", "2021-05-12", "Geneva", "scheduled"],
    ]);
  });
  it("reads a date that opens a sentence after one ending in a part of the day ('…, in the evening. On Monday, 26 February, …')", () => {
    const text = article(
      "2018-02-26",
      "The Secretary-General reached Geneva on Sunday, 25 February, in the evening. On Monday, 26 February, he held talks with President Ana Kovac in Geneva.",
    );
    expect(meetings(text)).toEqual([["2018-02-26", null, "Geneva", "held"]]);
  });

  it("gives no meeting the day of an agreement made by phone ('On Sunday, X and Y agreed in a phone call that the next round would be held in Z')", () => {
    const text = article(
      "2022-04-04",
      "The delegations met in Istanbul on March 29.",
      "On Sunday, the two presidents agreed in a phone call that the next round of peace talks would be held in Istanbul.",
    );
    expect(meetings(text)).toEqual([["2022-03-29", null, "Istanbul", "held"]]);
  });
});
