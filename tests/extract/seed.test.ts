import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { seedQuoteTexts } from "../fixtures/seed-expected.js";

const text = readFileSync(new URL("../../seeds/000_ac63f187e8067ee2.txt", import.meta.url), "utf8");
const result = extractArticle(text);

describe("seed article", () => {
  it("finds the Geneva, Brussels and Vienna meetings", () => {
    expect(result.meetings.map((m) => [m.date, m.city, m.country, m.status])).toEqual([
      ["2022-01-10", "Geneva", "Switzerland", "held"],
      ["2022-01-12", "Brussels", "Belgium", "scheduled"],
      ["2022-01-12", "Vienna", "Austria", "scheduled"],
    ]);
    const [geneva, brussels, vienna] = result.meetings;
    expect(geneva?.organizations).toEqual([]);
    expect([...(geneva?.parties ?? [])].sort()).toEqual(["Russia", "United States"]);
    expect(brussels?.organizations).toEqual(["NATO"]);
    expect(vienna?.organizations).toEqual(["OSCE"]);
  });

  it("names only Sergey Ryabkov", () => {
    expect(result.people.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ["Sergey Ryabkov", "Deputy Foreign Minister", "Russia"],
    ]);
    const mentions = result.people[0]?.mentions ?? [];
    expect(mentions.length).toBeGreaterThan(3);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toMatch(/Ryabkov$/);
  });

  it("finds the body quotes, all by Ryabkov", () => {
    expect(result.quotes.map((q) => q.text)).toEqual(seedQuoteTexts);
    for (const q of result.quotes) {
      expect(q.speaker).toBe("Sergey Ryabkov");
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it("reports the paragraph repairs and the lost opening mark", () => {
    expect(result.warnings.some((w) => /day number "12".*takes day 12/.test(w))).toBe(true);
    expect(result.warnings.some((w) => /no opening mark/.test(w))).toBe(true);
  });
});
