import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { isPastVerb, tagSpan } from "../../src/extract/structure/tokens.js";
import { article } from "./helpers.js";

const meetings = (text: string) =>
  extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city, m.status]);

describe("meeting dates: events, venues and tense", () => {
  it("does not date talks by an attack or a statement mentioned in the same sentence", () => {
    // 2024-09-13 is a Friday.
    const text = article(
      "2024-09-13",
      "Envoys met in Lisbon on Wednesday to discuss prisoner swaps.",
      "The talks were clouded by a rocket attack on a market near the border on Monday.",
      "The navy said in a statement on Tuesday that the meeting had been useful.",
    );
    expect(meetings(text)).toEqual([["2024-09-11", null, "Lisbon", "held"]]);
  });

  it("counts a working dinner as a meeting", () => {
    // 2024-09-13 is a Friday.
    const text = article("2024-09-13", "The two presidents had dinner on Thursday at a hotel in Valletta.");
    expect(meetings(text)).toEqual([["2024-09-12", null, "Valletta", "held"]]);
  });

  it("does not take a city naming a facility ('the X power station') as the venue", () => {
    // 2024-09-13 is a Friday.
    const text = article(
      "2024-09-13",
      "Engineers agreed on Thursday to restore a cable to the Kharkiv power station, after talks in Vienna.",
    );
    expect(meetings(text)).toEqual([["2024-09-12", null, "Vienna", "held"]]);
  });

  it("widens a day already seen when a range covering it is stated later", () => {
    // 2024-09-13 is a Friday.
    const text = article(
      "2024-09-13",
      "The delegations wrapped up their talks in Oslo on Friday with a deal.",
      "The talks, held from 11 to 13 September at a lakeside manor, were the first in a year.",
    );
    expect(meetings(text)).toEqual([["2024-09-11", "2024-09-13", "Oslo", "held"]]);
  });

  it("reads a weekday after a past verb the cue list does not know as past ('convened', 'failed to')", () => {
    // 2024-09-13 is a Friday.
    const text = article(
      "2024-09-13",
      "The agency convened engineers from both countries in Basel on Tuesday to review the dam.",
      "The neighbours failed to agree at talks in Dakar on Wednesday, but will meet again.",
    );
    expect(meetings(text)).toEqual([
      ["2024-09-10", null, "Basel", "held"],
      ["2024-09-11", null, "Dakar", "held"],
    ]);
  });

  it("tags past verbs with wink-nlp", () => {
    const s = "The agency convened experts and will meet them again.";
    const past = tagSpan(s, { start: 0, end: s.length })
      .filter(isPastVerb)
      .map((t) => t.value);
    expect(past).toEqual(["convened"]);
  });
});

describe("people and speakers", () => {
  const run = (text: string) => extractArticle(text);

  it("treats a later two-word surname as the same person, and a patronymic name's given name as a mention", () => {
    const e = run(
      article(
        "2024-09-13",
        "The rebels were represented by their spokesperson, Joseph Mata Keller.",
        "Minister Farid bin Osman, who chaired the talks, said nothing.",
        "“We will not sign,” Mata Keller told reporters.",
        "“There is time,” Farid said.",
      ),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Joseph Mata Keller", "Farid bin Osman"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Joseph Mata Keller", "Farid bin Osman"]);
  });

  it("does not take the attribution of the next sentence for a quotation ending in a full stop", () => {
    const e = run(
      article(
        "2024-09-13",
        "Finance Minister Lena Ostrova told reporters that the money would be paid “in full and on time.” The minister said the first payment was due soon.",
      ),
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([["in full and on time.", "Lena Ostrova"]]);
  });

  it("gives an institution's words no speaker, and a role noun the person last named", () => {
    const e = run(
      article(
        "2024-09-13",
        "Trade Minister Paulo Venn said the deal was close.",
        "The foreign ministry said the proposal was “a basis for work.”",
        "The minister said he saw “no obstacle.”",
      ),
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["a basis for work.", null],
      ["no obstacle.", "Paulo Venn"],
    ]);
  });
});

describe("names found with wink-nlp proper-noun tags", () => {
  const names = (...paragraphs: string[]) =>
    extractArticle(article("2024-09-13", ...paragraphs)).people.map((p) => p.name);

  it("finds a name coordinated with a known person or met by someone", () => {
    expect(
      names(
        "Talks between Nadia Ferraz and Omar Haddad ended on Friday; Haddad said little.",
        "The envoy later held a meeting with Pedro Alves in Lisbon.",
      ),
    ).toEqual(["Nadia Ferraz", "Omar Haddad", "Pedro Alves"]);
  });

  it("does not take regions or named things beside a person for people", () => {
    expect(
      names(
        "Envoy Omar Haddad said fighting continued around the town, South Kivu and Upper Nile.",
        "Omar Haddad and Preah Vihear temple guards were present.",
      ),
    ).toEqual(["Omar Haddad"]);
  });
});

describe("roles with modifiers and after the name", () => {
  it("keeps the words before the head title and reads a title in an appositive after the name", () => {
    const e = extractArticle(
      article(
        "2024-09-13",
        "Deputy Water Minister Ilse Brandt said the dam was safe.",
        "“We are ready,” said Tomas Lindqvist, the UN deputy special representative for the region.",
        "The Finnish side was led by Aino Virtanen, a deputy foreign minister, who said little.",
      ),
    );
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ["Ilse Brandt", "Deputy Water Minister"],
      ["Tomas Lindqvist", "Deputy Special Representative"],
      ["Aino Virtanen", "Deputy Foreign Minister"],
    ]);
  });
});

describe("meeting dates: events reported by a verb", () => {
  // Event verbs ("bombed", "collided", "fired") date the event, not the talks.
  it("does not date talks by a verb-reported incident in the same sentence", () => {
    // 2024-09-13 is a Friday.
    const text = article(
      "2024-09-13",
      "Envoys met in Lisbon on Wednesday to discuss prisoner swaps.",
      "The talks came days after two patrol boats collided near the reef on September 2.",
      "The meeting was the first since rebels bombed a pipeline on August 30.",
    );
    expect(meetings(text)).toEqual([["2024-09-11", null, "Lisbon", "held"]]);
  });
});

describe("names with patronymic particles", () => {
  it("reads Malay 'binti' and Arabic 'bint' names whole", () => {
    const text = article(
      "2024-09-13",
      "Malaysian Deputy Foreign Minister Siti Hajar binti Osman met envoys in Kuching on Wednesday.",
      "Jordanian negotiator Lina bint Khalid said the talks were “useful.”",
    );
    const names = extractArticle(text).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Siti Hajar binti Osman", "Lina bint Khalid"]));
    expect(names).not.toContain("Siti Hajar");
  });
});
