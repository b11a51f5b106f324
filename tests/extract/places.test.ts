import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { capitalOf, lookupCity } from "../../src/extract/mentions/places.js";
import { article } from "./helpers.js";

describe("places", () => {
  it("maps a city to its country through the gazetteer, preferring capitals and large cities", () => {
    expect(lookupCity("Vienna")?.country).toBe("Austria");
    expect(lookupCity("Washington")?.country).toBe("United States");
    expect(capitalOf("Oman")?.city).toBe("Muscat");
  });

  it("knows other spellings of a city from GeoNames, and keeps the report's", () => {
    expect(lookupCity("Gomel")).toMatchObject({ city: "Gomel", country: "Belarus" });
    expect(lookupCity("Genf")).toMatchObject({ city: "Genf", country: "Switzerland" });
    expect(lookupCity("Bruxelles")?.country).toBe("Belgium");
    // "New York City" is New York's common name with "City" added; "Kuwait City" is the name itself.
    expect(lookupCity("New York City")?.city).toBe("New York");
    expect(lookupCity("Kuwait City")?.city).toBe("Kuwait City");
    // A known city followed by more words is that city's business, never another city's.
    expect(lookupCity("Washington DC")).toBeUndefined();
    const text = article("2022-02-28", "The two delegations met in Gomel on Monday.");
    expect(extractArticle(text).meetings.map((m) => [m.date, m.city, m.country])).toEqual([
      ["2022-02-28", "Gomel", "Belarus"],
    ]);
  });

  it("takes a city that hosts or plans to host, and 'the Kinshasa-hosted talks', as the venue", () => {
    const text = article(
      "2021-04-06",
      "Earlier reports said that Oslo planned to host the consultations on September 4.",
      "The Kinshasa-hosted talks ended on Monday without a deal.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.city])).toEqual([
      ["2021-04-05", "Kinshasa"],
      ["2021-09-04", "Oslo"],
    ]);
  });

  it("resolves 'the Swiss city' to the city named before", () => {
    const text = article(
      "2024-02-14",
      "Negotiators gathered in Lausanne for a new round.",
      "Monday’s talks in the Swiss city lasted eight hours, officials said.",
    );
    const [m] = extractArticle(text).meetings;
    expect([m?.date, m?.city, m?.country]).toEqual(["2024-02-12", "Lausanne", "Switzerland"]);
  });

  it("learns a place too small for the gazetteer from 'the <demonym> town of X', and takes it as the venue", () => {
    const text = article(
      "2024-02-14",
      "Delegates met in the northern Moldovan village of Zubreshti on Monday, the embassy in Chisinau said.",
      "They will meet again in Zubreshti on March 1.",
    );
    expect(lookupCity("Zubreshti")).toBeUndefined();
    expect(extractArticle(text).meetings.map((m) => [m.date, m.city, m.country])).toEqual([
      ["2024-02-12", "Zubreshti", "Moldova"],
      ["2024-03-01", "Zubreshti", "Moldova"],
    ]);
  });

  it("takes 'in the Swiss city of Geneva' as the venue over a city named later in the sentence", () => {
    const text = article(
      "2024-02-14",
      "Envoys met in the Swiss city of Geneva on Monday, diplomats in Vienna said.",
    );
    expect(extractArticle(text).meetings.map((m) => m.city)).toEqual(["Geneva"]);
  });

  it("resolves 'the Omani capital' to the capital when no city was named", () => {
    const text = article("2024-02-14", "Sunday’s talks in the Omani capital ended late.");
    expect(extractArticle(text).meetings.map((m) => m.city)).toEqual(["Muscat"]);
  });

  it("takes the venue of the talks discussed before for an undated reference", () => {
    const text = article(
      "2024-02-14",
      "Iranian and European negotiators have resumed talks in Vienna on the nuclear file.",
      "The negotiators described Tuesday’s session as long and detailed.",
    );
    const [m] = extractArticle(text).meetings;
    expect([m?.date, m?.city]).toEqual(["2024-02-13", "Vienna"]);
  });

  it("ignores cities mentioned in passing", () => {
    const text = article(
      "2024-02-14",
      "The talks will resume in Geneva on Friday.",
      "Fighting continued near Aleppo, and aid reached Damascus on Monday.",
    );
    expect(extractArticle(text).meetings.map((m) => m.city)).toEqual(["Geneva"]);
  });
});
