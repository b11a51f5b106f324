import { describe, expect, it } from "vitest";
import { confidenceOf } from "../../src/extract/confidence.js";
import {
  ArticleFormatError,
  EXTRACTOR_VERSION,
  extractArticle,
  projectExtraction,
} from "../../src/extract/index.js";
import { article } from "./helpers.js";

describe("article format", () => {
  it("rejects empty, binary and headerless input", () => {
    expect(() => extractArticle("")).toThrow(ArticleFormatError);
    expect(() => extractArticle("   \n\n")).toThrow(ArticleFormatError);
    expect(() => extractArticle(" date 2024-01-01 Title\u0000\u0001")).toThrow(ArticleFormatError);
    expect(() => extractArticle("Just a paragraph of text.\n\nAnother.")).toThrow(ArticleFormatError);
    expect(() => extractArticle(" date 2024-13-45 Title\n\nBody.")).toThrow(ArticleFormatError);
  });

  it("reads the date and headline, with or without the leading space", () => {
    expect(extractArticle(" date 2024-01-05 Talks resume\n\nBody.").article).toEqual({
      date: "2024-01-05",
      title: "Talks resume",
    });
    expect(extractArticle("date 2024-01-05 Talks resume\r\n\r\nBody.").article.title).toBe("Talks resume");
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("takes no quotes or people from the headline", () => {
    const text = " date 2024-01-05 Minister Anna Berg says talks were “useful”\n\nThe talks ended.\n";
    const result = extractArticle(text);
    expect(result.quotes).toEqual([]);
    expect(result.people).toEqual([]);
  });

  it("projects exactly the CLI fields", () => {
    const text = article(
      "2024-03-06",
      "Foreign Minister Ana Costa said Monday’s talks in Madrid were “useful.”",
    );
    const projected = projectExtraction(extractArticle(text));
    expect(Object.keys(projected)).toEqual(["article", "meetings", "people", "quotes", "warnings"]);
    expect(Object.keys(projected.meetings[0] ?? {})).toEqual([
      "date",
      "endDate",
      "city",
      "country",
      "status",
      "organizations",
      "parties",
      "evidence",
      "rule",
      "confidence",
    ]);
    expect(projected.people).toEqual([
      {
        name: "Ana Costa",
        role: "Foreign Minister",
        affiliation: null,
        rule: "person:title",
        confidence: confidenceOf("person:title"),
      },
    ]);
    expect(Object.keys(projected.quotes[0] ?? {})).toEqual([
      "text",
      "speaker",
      "meetingIndex",
      "start",
      "end",
      "rule",
      "confidence",
    ]);
    const [evidence] = projected.meetings[0]?.evidence ?? [];
    expect(text.slice(evidence?.start, evidence?.end)).toContain("Monday’s talks in Madrid");
  });
});
