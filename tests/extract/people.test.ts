import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { article } from "./helpers.js";

const people = (text: string) => extractArticle(text).people.map((p) => [p.name, p.role, p.affiliation]);

describe("people", () => {
  it("reads role and state from a title before the name", () => {
    const text = article(
      "2024-01-01",
      "Ukrainian Deputy Foreign Minister Olena Kovalenko said the talks were useful.",
    );
    expect(people(text)).toEqual([["Olena Kovalenko", "Deputy Foreign Minister", "Ukraine"]]);
  });

  it("reads an appositive with a possessive organisation", () => {
    const text = article(
      "2024-01-01",
      "The African Union’s mediator for the dialogue, Kwame Asante, said the parties would return.",
    );
    expect(people(text)).toEqual([["Kwame Asante", "Mediator", "African Union"]]);
  });

  it("reads organisation and national-body prefixes", () => {
    const text = article(
      "2024-01-01",
      "IAEA spokesperson Marta Lindqvist said inspectors were ready.",
      "State Department spokesperson Paul Greer said Washington supported the process.",
    );
    expect(people(text)).toEqual([
      ["Marta Lindqvist", "Spokesperson", "IAEA"],
      ["Paul Greer", "Spokesperson", "United States"],
    ]);
  });

  it("copies the role of the person a counterpart is named against", () => {
    const text = article(
      "2024-01-01",
      "Georgian Foreign Minister Levan Beridze and his Moldovan counterpart, Ion Rusu, met for three hours.",
    );
    expect(people(text)).toEqual([
      ["Levan Beridze", "Foreign Minister", "Georgia"],
      ["Ion Rusu", "Foreign Minister", "Moldova"],
    ]);
  });

  it("resolves a delegation led by someone to the side it represents", () => {
    const text = article(
      "2024-01-01",
      "Negotiators for Chad’s transitional government and the Front for Change and Concord (FACT) met in Doha.",
      "The government delegation was led by its chief negotiator, Idriss Mahamat.",
    );
    expect(people(text)).toEqual([["Idriss Mahamat", "Chief Negotiator", "Chadian government"]]);
  });

  it("records full-name and surname mentions", () => {
    const text = article(
      "2024-01-01",
      "Envoy Sara Lindgren arrived on Monday.",
      "Lindgren said she was hopeful.",
    );
    const [p] = extractArticle(text).people;
    expect(p?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Sara Lindgren", "Lindgren"]);
  });

  it("invents no people from capitalised places, organisations and agreements", () => {
    const text = article(
      "2024-01-01",
      "The Rapid Support Forces and the Tigray People’s Liberation Front said the Stockholm Agreement held.",
      "United Nations-convened talks in El Fasher and the Foreign Ministry in Saudi Arabia said little.",
      "According to Western diplomats, the Security Council will meet.",
    );
    expect(people(text)).toEqual([]);
  });

  it("reads names with particles, a title after the name, and an unlisted group before the title", () => {
    const text = article(
      "2024-01-01",
      "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said progress was made.",
      "Khalid al-Mishri, head of the High Council of State, said his side was ready.",
      "Hamas spokesman Basem Naim rejected the plan.",
    );
    expect(people(text)).toEqual([
      ["Mohammed bin Abdulrahman Al Thani", "Prime Minister", "Qatar"],
      ["Khalid al-Mishri", "Head", "High Council of State"],
      ["Basem Naim", "Spokesman", "Hamas"],
    ]);
  });

  it("accepts a person led a delegation or later speaking by surname", () => {
    const text = article(
      "2024-01-01",
      "The delegation was led by presidential aide Pavel Orlov.",
      "The EU’s foreign policy chief, Marta Kask, welcomed the talks.",
      "Orlov described the atmosphere as calm.",
    );
    expect(extractArticle(text).people.map((p) => p.name)).toEqual(["Pavel Orlov", "Marta Kask"]);
  });
});
