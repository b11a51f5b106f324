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
      // Real reports' gold keeps a spokesperson's office in the role, as it keeps "CIA Director".
      ["Paul Greer", "State Department Spokesperson", "United States"],
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
      // A state body the title names is part of the role (the annotators' convention), not the side.
      ["Khalid al-Mishri", "Head of the High Council of State", null],
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

describe("people in real reporting", () => {
  it("leaves honorifics and ranks out of the name, and finds names after long titles", () => {
    const text = article(
      "2024-01-01",
      "Sheikh Hamad bin Nasser met President of Estonia Kaarel Tamm and Vice Premier He Jianguo.",
      "Commissioner for Peace and Security Amina Bello said Colonel Rami Haddad had spoken first.",
    );
    expect(people(text).map((p) => p[0])).toEqual([
      "Hamad bin Nasser",
      "Kaarel Tamm",
      "He Jianguo",
      "Amina Bello",
      "Rami Haddad",
    ]);
    expect(people(text)[1]).toEqual(["Kaarel Tamm", "President", "Estonia"]);
  });

  it("takes no region, monument or group of countries for a person", () => {
    const text = article(
      "2024-01-01",
      "West African leaders said the Normandy Four would meet near the Renaissance Dam.",
      "Eastern Mediterranean states said the John Garang Mausoleum was closed.",
    );
    expect(people(text)).toEqual([]);
  });

  it("fills role and state from a later mention, and says 'Former' for then- and former titles", () => {
    const text = article(
      "2024-01-01",
      "Kaarel Tamm said the talks were useful.",
      "Estonian President Kaarel Tamm later met then-Chancellor Juhan Saar and former Latvian Prime Minister Ilze Berzina.",
    );
    expect(people(text)).toEqual([
      ["Kaarel Tamm", "President", "Estonia"],
      ["Juhan Saar", "Former Chancellor", null],
      ["Ilze Berzina", "Former Prime Minister", "Latvia"],
    ]);
  });

  it("takes no person, honorific or sentence opener for an affiliation", () => {
    const text = article(
      "2024-01-01",
      "President Ian Grey said so.",
      "Grey adviser Tom Blake and Mr Paul Stone said the same, according to spokesman Eli Moss.",
    );
    expect(people(text).map((p) => p[2])).toEqual([null, null, null, null]);
  });
});

describe("roles as stated", () => {
  it("writes 'head of the Russian delegation' as Head of Delegation, the side being the affiliation", () => {
    const text = article(
      "2024-01-01",
      "The head of the Estonian delegation, Kaarel Tamm, said the talks would go on.",
    );
    expect(people(text)).toEqual([["Kaarel Tamm", "Head of Delegation", "Estonia"]]);
  });

  it("keeps what an office is for or of as part of it, but a country after 'of' is the affiliation", () => {
    const text = article(
      "2024-01-01",
      "UN Special Envoy for Syria Karl Lund met Russian Ambassador to Serbia Pavel Orlov and President of Estonia Kaarel Tamm.",
    );
    expect(people(text)).toEqual([
      ["Karl Lund", "Special Envoy for Syria", "United Nations"],
      ["Pavel Orlov", "Ambassador to Serbia", "Russia"],
      ["Kaarel Tamm", "President", "Estonia"],
    ]);
  });
});

describe("a state from the title the article gives it", () => {
  it("gives a titled person without a state the one state the article names with that title", () => {
    const text = article(
      "2024-01-01",
      "Prime Minister Arno Kask arrived on Monday.",
      "Estonia's prime minister has led the talks since spring.",
    );
    expect(people(text)).toEqual([["Arno Kask", "Prime Minister", "Estonia"]]);
    const two = article(
      "2024-01-01",
      "Prime Minister Arno Kask arrived on Monday.",
      "Estonia's prime minister and Latvia's prime minister spoke first.",
    );
    expect(people(two)).toEqual([["Arno Kask", "Prime Minister", null]]);
  });
});
