import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

describe("damaged paragraph breaks", () => {
  it("joins a bare day number to the month left without a day and reports it", () => {
    const text = article(
      "2024-04-02",
      "Envoys will hold talks in Warsaw on April, officials said.",
      "9 and the results will be published.",
    );
    const result = extractArticle(text);
    expect(result.meetings.map((m) => [m.date, m.city, m.status])).toEqual([
      ["2024-04-09", "Warsaw", "scheduled"],
    ]);
    const offset = text.indexOf("9 and");
    expect(result.warnings).toEqual([expect.stringContaining(`offset ${offset}`)]);
    expect(result.warnings[0]).toContain("takes day 9");
  });

  it("joins a sentence broken across paragraphs", () => {
    const text = article("2024-04-02", "The delegations met in Tbilisi", "on Monday to discuss the border.");
    const result = extractArticle(text);
    expect(result.meetings.map((m) => [m.date, m.city])).toEqual([["2024-04-01", "Tbilisi"]]);
    expect(result.warnings).toEqual([expect.stringMatching(/sentence continued/)]);
  });

  it("leaves intact paragraphs alone", () => {
    const text = article("2024-04-02", "Talks ended in Baku on Monday.", "12 delegates attended.");
    expect(extractArticle(text).warnings).toEqual([]);
  });
});
