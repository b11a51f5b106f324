// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): single quotation marks. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { article } from "../helpers.js";

describe("single quotation marks", () => {
  it("reads quotations in guillemets, with their speaker ('«Today our talks were fruitful», Minister X said')", () => {
    const text = article(
      "2019-10-09",
      "«Today our negotiations were substantial and fruitful», Foreign Minister Ana Ruiz said after the talks in Astana.",
      "For his part, Omar Diaz stressed the plan, «including the forum in Omsk in November».",
    );
    const quotes = extractArticle(text).quotes.map((q) => [q.text, q.speaker]);
    expect(quotes).toEqual([
      ["Today our negotiations were substantial and fruitful", "Ana Ruiz"],
      ["including the forum in Omsk in November", "Omar Diaz"],
    ]);
  });

  it("reads quotations in single marks when the report has no double-marked one, apostrophes aside", () => {
    const text = article(
      "2025-04-26",
      "The statement said the talks dealt with 'the need for urgent action to deliver aid to the Strip's citizens.'",
      "'Israel only reacts to offers passed on by the mediators,' the source said.",
      "Trump said he had told Netanyahu, 'We've got to be good to Gaza.'",
    );
    expect(extractArticle(text).quotes.map((q) => q.text)).toEqual([
      "the need for urgent action to deliver aid to the Strip's citizens.",
      "Israel only reacts to offers passed on by the mediators,",
      "We've got to be good to Gaza.",
    ]);
  });

  it("leaves single marks alone when the report quotes with double marks", () => {
    const text = article(
      "2025-04-26",
      "He said: “The plan is 'dead', and we move on.” The minister's office agreed.",
    );
    expect(extractArticle(text).quotes.map((q) => q.text)).toEqual(["The plan is 'dead', and we move on."]);
  });
});
