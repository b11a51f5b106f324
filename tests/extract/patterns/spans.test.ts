// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): spans. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { article, meetings } from "../helpers.js";

describe("spans", () => {
  it("takes a meeting's planned end from a quotation ('They “started today, the 25th of October, and will end on the 30th”')", () => {
    const text = article(
      "2022-10-25",
      "The warring sides opened peace talks in Pretoria on Tuesday, the presidency said.",
      "They “started today, the 25th of October, and will end on the 30th of October.”",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city, m.status])).toEqual([
      ["2022-10-25", "2022-10-30", "Pretoria", "scheduled"],
    ]);
  });

  it("reads 'April 13/14' as a two-day span, not a year", () => {
    const text = article("2018-02-06", "The summit is due to take place in Lima, Peru, next April 13/14.");
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2018-04-13", "2018-04-14", "Lima"],
    ]);
  });

  it("reads 'the second day of dialogue … got under way Friday' as a span ending on that Friday", () => {
    const text = article(
      "2018-01-12",
      "The second day of dialogue between the government and the opposition got under way Friday in Santo Domingo.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2018-01-11", "2018-01-12", "Santo Domingo"],
    ]);
  });

  it("reads an abbreviated month in a two-day span ('on Sept. 8 and 9')", () => {
    const text = article("2016-09-07", "The ministers will meet for talks in Geneva on Sept. 8 and 9.");
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2016-09-08", "2016-09-09", "Geneva"],
    ]);
  });

  it("counts 'two days later' from the date before it in the sentence", () => {
    const text = article(
      "2020-08-24",
      "Originally scheduled for 2 September, the meeting in Washington between the two leaders will now take place two days later.",
    );
    expect(meetings(text).map(([date, city]) => [date, city])).toEqual([
      ["2020-09-02", "Washington"],
      ["2020-09-04", "Washington"],
    ]);
  });

  it("dates 'on 23-24 March last year' in the year before the report's", () => {
    const text = article(
      "2022-02-28",
      "New Delhi hosted the previous meeting of the commission on 23-24 March last year.",
    );
    expect(meetings(text)).toEqual([["2021-03-23", "New Delhi", "held"]]);
  });

  it("reads 'for three days from Dec. 23' as a stay starting that day, not an offset", () => {
    const text = article(
      "2019-12-11",
      "The prime minister will hold talks in Chengdu for three days from Dec. 23.",
    );
    expect(meetings(text).map((m) => m[0])).toEqual(["2019-12-23"]);
  });

  it("counts 'two weeks from Jan. 11' from the date it names", () => {
    const text = article(
      "2021-01-12",
      "Turkey has announced that exploratory talks with Greece will resume in Istanbul two weeks from Jan. 11.",
    );
    expect(meetings(text)).toEqual([["2021-01-25", "Istanbul", "scheduled"]]);
  });

  const spans = (text: string) => extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city]);

  it("reads a stay from an arrival until a later day as one visit", () => {
    const text = article(
      "2023-09-30",
      "Next week, the president will receive the secretary for talks; he will arrive in Mexico City on October 3 and will stay there until October 5.",
    );
    expect(spans(text)).toEqual([["2023-10-03", "2023-10-05", "Mexico City"]]);
  });

  it("reads 'three days of intensive talks' as a length, and a later day inside it as the same meeting", () => {
    const text = article(
      "2017-01-04",
      "The two leaders leave for Geneva on January 9 for three days of intensive talks.",
      "Each side will table a map of proposed adjustments in Geneva on January 11.",
    );
    expect(spans(text)).toEqual([["2017-01-09", "2017-01-11", "Geneva"]]);
  });

  it("takes a meeting's length from the next sentence when that one dates nothing (2023-06-30 is a Friday)", () => {
    const text = article(
      "2023-06-30",
      "The minister said as talks in Washington ended on Thursday that hard work lay ahead.",
      "At the conclusion of talks mediated by U.S. officials for three days, he posed for a photograph.",
    );
    expect(spans(text)).toEqual([["2023-06-27", "2023-06-29", "Washington"]]);
  });

  it("reads 'talks … scheduled to last until July 7' as the planned end of the talks under way, not a meeting of its own", () => {
    const text = article(
      "2017-06-28",
      "Talks between the two leaders on reuniting the island began on Wednesday in Geneva.",
      "The talks in Geneva, the mediator said, are tentatively scheduled to last until July 7.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2017-06-28", "2017-07-07", "Geneva"],
    ]);
  });
});
