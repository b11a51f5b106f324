// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): quote attribution. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { article } from "../helpers.js";

describe("quote attribution", () => {
  it("gives a quote of 'the source' to nobody, and one of 'the diplomat' to the diplomat just named", () => {
    const text = article(
      "2025-04-26",
      "The delegation included other key leaders, among them Khaled Meshaal.",
      "“Israel only reacts to offers passed on by the mediators,” the source said.",
      "Deputy Foreign Minister Ivan Nechayev spoke on Thursday. “The ministers will meet on Tuesday,” the diplomat informed.",
    );
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual([null, "Ivan Nechayev"]);
  });

  it("gives a quote to the one named with the speech verb, not to the source it comes 'according to'", () => {
    const text = article(
      "2015-12-26",
      "Prime Minister Narendra Modi made a stop in Lahore to meet Prime Minister Nawaz Sharif.",
      '"So, you have finally come," Sharif told Modi, according to a foreign ministry official who was at the meeting.',
    );
    expect(extractArticle(text).quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["So, you have finally come,", "Nawaz Sharif"],
    ]);
  });

  it("gives a quote to the person a nationality and title after the verb describe ('said the Belarusian leader') and to a hyphened title ('the secretary-general stressed')", () => {
    const leader = extractArticle(
      article(
        "2024-01-29",
        "Belarusian President Pavel Kuzmich arrived in St Petersburg on Sunday.",
        "“Tomorrow we are going to formalize many of our decisions,” said the Belarusian leader.",
      ),
    );
    expect(leader.quotes[0]?.speaker).toBe("Pavel Kuzmich");
    const un = extractArticle(
      article(
        "2016-01-20",
        "UN Secretary-General Jan Eliasson called for a ceasefire.",
        "“Such assistance is of paramount importance,” the secretary-general stressed.",
      ),
    );
    expect(un.quotes[0]?.speaker).toBe("Jan Eliasson");
  });

  it("gives a name in quotation marks to nobody, also when a speech verb stands before it ('X said the “Sectoral Dialogue Partner” status …')", () => {
    const found = extractArticle(
      article(
        "2024-10-04",
        "Foreign Adviser Karim Hossain said Dhaka would seek “Sectoral Dialogue Partner” status in the bloc.",
      ),
    );
    expect(found.quotes[0]?.speaker ?? null).toBeNull();
  });
  it("gives a quote to the owner of the words a noun names after it ('was Lavrov's verdict', 'was the message of X', 'was the reply TASS got from X')", () => {
    const text = article(
      "2020-03-05",
      "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Thursday.",
      "“Completed,” was the reply TASS got from Dmitry Peskov, spokesman for the Russian president, when it asked.",
      "“We welcome the openness of the other side,” was the message of government negotiator Silvestre Bello at a press conference.",
      "“It is within reach,” was Erdogan's verdict on television.",
    );
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual([
      "Dmitry Peskov",
      "Silvestre Bello",
      "Recep Tayyip Erdogan",
    ]);
  });

  it("gives a quote after a participle to the sentence's subject when its verb is 'had' ('Putin had warm words for X, saying “…”')", () => {
    const text = article(
      "2024-12-20",
      "Russian President Vladimir Putin spoke to reporters in Moscow on Thursday.",
      "Putin had warm words for Donald Trump, saying “I understand the US president.”",
    );
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual(["Vladimir Putin"]);
  });
  it("reads a title's short form in a definite description ('the British PM was quoted as saying', 'the Georgian PM underlined')", () => {
    const text = article(
      "2022-04-17",
      "British Prime Minister Boris Johnson will visit India on April 21, his office said.",
      "Earlier the British PM was quoted as saying, “My visit to India will deliver on the things that really matter.”",
    );
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual(["Boris Johnson"]);
  });
  it("gives a quote after a participle to the subject of the speech verb before it, not to the last name in between ('X said, above all after Y's talks with Z, adding: “…”')", () => {
    const text = article(
      "2021-02-17",
      "On Wednesday, presidents Luis Lacalle Pou and Mario Abdo Benítez will be holding an “open agenda” meeting in Punta del Este. Argentine President Alberto Fernandez met Lacalle Pou last week.",
      "Trade issues will come up at the meeting, Paraguayan foreign minister Euclides Acevedo said, above all after Lacalle Pou's interviews with Brazil's Jair Bolsonaro and Argentina's Alberto Fernandez, adding: “we are very interested in knowing the contents of those two meetings”.",
    );
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual([null, "Euclides Acevedo"]);
  });
  it("carries the last speaker to a quotation opening its sentence only while that speaker is talking ('X told the media. “…”'), else gives it to nobody", () => {
    const spoke = article(
      "2018-12-07",
      "Presidents Recep Ekinci and Ivan Morozov will meet on January 8, ministry spokesman Hami Kaya told the media on Friday.",
      "“The pipeline is a very important part of our cooperation.”",
    );
    expect(extractArticle(spoke).quotes.map((q) => q.speaker)).toEqual(["Hami Kaya"]);
    const statement = article(
      "2019-01-09",
      "Foreign Minister Omar Celik will open a consulate in Durban on 9 January. He will then travel to Pretoria.",
      "“Within the scope of the visit, bilateral meetings will be held in Harare on 11 January.”",
    );
    expect(extractArticle(statement).quotes.map((q) => q.speaker)).toEqual([null]);
  });
  it("reads 'repeated' and 'maintained' after a quotation as speech verbs", () => {
    const text = article(
      "2016-09-20",
      "Foreign Minister Maria Holguin met her counterpart in Quito on Monday.",
      "The talks went well. “We have always been open to dialogue,” she repeated.",
    );
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual(["Maria Holguin"]);
  });
  it("still carries the speaker to a quotation whose sentence goes on to 'he said' ('“A” but rather “B,” he said')", () => {
    const text = article(
      "2023-06-10",
      "Rebel negotiator Pablo Beltran, who attended the ceremony in Havana, was more guarded.",
      "“We have not yet signed substantial agreements” but rather “procedural agreements,” he said.",
    );
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual(["Pablo Beltran", "Pablo Beltran"]);
  });
});
