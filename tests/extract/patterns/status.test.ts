// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): status. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { article, meetings } from "../helpers.js";

describe("status", () => {
  it("keeps a meeting that a span widens past the report's day 'scheduled' (2022-09-15 is a Thursday)", () => {
    const text = article(
      "2022-09-15",
      "From Thursday, the leaders gather in Samarkand for a regional summit.",
      "The leaders of several countries will join them for the summit in Samarkand on Thursday and Friday.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.status])).toEqual([
      ["2022-09-15", "2022-09-16", "scheduled"],
    ]);
  });

  it("marks a planned day postponed when the report says elsewhere that the talks were put off", () => {
    const text = article(
      "2022-10-07",
      "The talks were due to be held on Sunday October 9 in Pretoria, South Africa.",
      "The African Union said on Thursday the meeting had been postponed for logistical reasons.",
    );
    expect(meetings(text)).toEqual([["2022-10-09", "Pretoria", "postponed"]]);
  });

  it("marks the old day postponed and keeps the new day of a put-off meeting scheduled", () => {
    const text = article(
      "2022-03-02",
      "The second round, which was expected to take place this evening, has been postponed until tomorrow in Brest.",
    );
    expect(meetings(text)).toEqual([
      ["2022-03-02", "Brest", "postponed"],
      ["2022-03-03", "Brest", "scheduled"],
    ]);
  });
  it("reads a side's withdrawal from a round still to begin as its cancellation ('withdrew from a round of negotiations that was to begin on Sunday')", () => {
    const text = article(
      "2021-10-16",
      "The government withdrew from a round of negotiations with the opposition that was to begin on Sunday in Mexico City.",
    );
    expect(meetings(text)).toEqual([["2021-10-17", "Mexico City", "cancelled"]]);
  });
});
