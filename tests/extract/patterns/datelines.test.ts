// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): datelines without a dash. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { findDateline } from "../../../src/extract/structure/dateline.js";
import { article, meetings } from "../helpers.js";

describe("datelines without a dash", () => {
  it("reads a place, a date and an agency followed straight by the text", () => {
    const text = "Mexico City, Sep 30 (Prensa Latina) Next week, the president will receive the envoy.";
    const d = findDateline(text, [{ start: 0, end: text.length }]);
    expect(d?.place && text.slice(d.place.start, d.place.end)).toBe("Mexico City");
  });

  it("reads a place and a numeric or full date as a dateline ('Brussels 21.09.2020 On Tuesday …', 'Brussels, 19/06/2021'), whose day dates no meeting", () => {
    const text = article(
      "2020-09-21",
      "Vienna 21.09.2020 On Tuesday 22 September, the High Representative will be in Kyiv for talks with the president.",
    );
    expect(meetings(text)).toEqual([["2020-09-22", "Kyiv", "scheduled"]]);
    for (const line of ["Brussels, 19/06/2021", "Ventotene, 22 August 2016, 19:34"]) {
      const d = findDateline(line, [{ start: 0, end: line.length }]);
      expect(d?.place && line.slice(d.place.start, d.place.end)).toBe(line.split(",")[0]);
    }
  });

  it("reads a place and an agency's initials as a dateline ('Tehran, IRNA –', 'Seoul - QNA', 'NUR-SULTAN. KAZINFORM'), a hyphen inside a name being no dash", () => {
    const place = (line: string) => {
      const d = findDateline(line, [{ start: 0, end: line.length }]);
      return d?.place ? line.slice(d.place.start, d.place.end) : null;
    };
    expect(place("Tehran, IRNA – Issues of mutual interest were discussed.")).toBe("Tehran");
    expect(place("Seoul - QNA Senior diplomats are to gather next week.")).toBe("Seoul");
    expect(place("NUR-SULTAN. KAZINFORM Foreign Minister Ali Bek has held a meeting.")).toBe("NUR-SULTAN");
    expect(place("OUAGADOUGOU (Reuters) -Speaking on Tuesday, the mediator said.")).toBe("OUAGADOUGOU");
  });

  it("reads ANI's 'New Delhi [India], October 7 :' as a dateline whose day dates no meeting", () => {
    const text = article(
      "2023-10-07",
      "New Delhi [India], October 7 : The President of Tanzania will be arriving in New Delhi tomorrow on a state visit that will see her take part in bilateral meetings.",
    );
    const d = findDateline(text, [{ start: text.indexOf("New Delhi ["), end: text.length }]);
    expect(d?.place && text.slice(d.place.start, d.place.end)).toBe("New Delhi");
    expect(meetings(text).map((m) => m[0])).not.toContain("2023-10-07");
  });

  it("reads Trend's 'BISHKEK, Kyrgyzstan, October 13.' as a dateline, and 'in Kyrgyz Batken city' as a venue", () => {
    const text = article(
      "2023-10-13",
      "BISHKEK, Kyrgyzstan, October 13. The leaders discussed the border.",
      "A joint meeting of the two government delegations was held on October 2, 2023, in Kyrgyz Batken city.",
    );
    const d = findDateline(text, [{ start: text.indexOf("BISHKEK"), end: text.length }]);
    expect(d?.place && text.slice(d.place.start, d.place.end)).toBe("BISHKEK");
    expect(meetings(text)).toEqual([["2023-10-02", "Batken", "held"]]);
  });

  it("reads a place and a day run straight into the first sentence, and never dates a meeting by them", () => {
    const text = article(
      "2024-12-16",
      "Beijing, Dec 16 For the next round, the adviser will sit down for talks on December 18 in Beijing with the minister.",
    );
    expect(meetings(text)).toEqual([["2024-12-18", "Beijing", "scheduled"]]);
  });

  it("reads 'Cartagena, Colombia —' as a dateline, whose city is the venue of the day's signing", () => {
    const text = article(
      "2016-09-27",
      "Cartagena, Colombia — A peace accord was signed Monday evening by the government and the biggest rebel movement in the country.",
    );
    expect(meetings(text)).toEqual([["2016-09-26", "Cartagena", "held"]]);
  });

  it("reads 'STOCKHOLM, (Reuters) –' with its stray comma as a dateline", () => {
    const text = "STOCKHOLM, (Reuters) – The talks collapsed, the negotiator said.";
    const d = findDateline(text, [{ start: 0, end: text.length }]);
    expect(d?.place && text.slice(d.place.start, d.place.end)).toBe("STOCKHOLM");
  });

  it("takes no fraction for a day ('talks that had lasted more than 8-1/2 hours')", () => {
    const text = article(
      "2019-10-06",
      "The talks in Stockholm had lasted more than 8-1/2 hours, and the delegations met in Stockholm on Saturday.",
    );
    expect(meetings(text)).toEqual([["2019-10-05", "Stockholm", "held"]]);
  });

  it("reads two reporters' cities ('New Delhi/Colombo, Oct 3:') as a dateline with no venue, and the tense after it", () => {
    const text =
      "New Delhi/Colombo, Oct 3: During his visit on Friday, the minister is scheduled to meet the president.";
    const d = findDateline(text, [{ start: 0, end: text.length }]);
    expect(d && text.slice(d.start, d.end)).toBe("New Delhi/Colombo, Oct 3: ");
    expect(d?.place).toBeNull();
    const body = article(
      "2024-10-03",
      "New Delhi/Colombo, Oct 3: During his visit on Friday, the minister is scheduled to hold talks in Colombo.",
    );
    expect(meetings(body)).toEqual([["2024-10-04", "Colombo", "scheduled"]]);
  });

  it("reads a dotted numeric date day first ('11.01.2017' is 11 January)", () => {
    const text = article("2017-01-11", "The ministers met in Hanoi on 11.01.2017 to sign the agreement.");
    expect(meetings(text)).toEqual([["2017-01-11", "Hanoi", "held"]]);
  });

  it("reads a dateline after a republisher's credit in parentheses", () => {
    const text = article(
      "2023-01-15",
      "(UrduPoint / WAM - 15th Jan, 2023) ABU DHABI, 15th January, 2023 (WAM) – Relations were reviewed by the two presidents.",
      "The meeting, which took place today at the palace, opened with greetings.",
    );
    expect(meetings(text)).toEqual([["2023-01-15", "Abu Dhabi", "held"]]);
  });

  it("keeps the reporter's city for the day's meeting when another country is only a topic ('the situation in Sudan')", () => {
    const text = article(
      "2019-06-24",
      "MOSCOW (Sputnik) - The ministers said relations were among the subjects taken up at Monday's meeting.",
      "The agenda also included the situation in Sudan.",
    );
    expect(meetings(text)).toEqual([["2019-06-24", "Moscow", "held"]]);
  });

  it("reads 'Vienna, May 17, IRNA -' as a dateline, and its 'May' as no modal verb (2016-05-17 is a Tuesday)", () => {
    const text = article(
      "2016-05-17",
      "Vienna, May 17, IRNA - In a meeting on Monday, the two ministers went over the latest developments.",
    );
    expect(meetings(text)).toEqual([["2016-05-16", "Vienna", "held"]]);
  });

  it("reads 'BRIDGETOWN, Barbados, Oct 17, CMC –' as a dateline", () => {
    const text = "BRIDGETOWN, Barbados, Oct 17, CMC – The government and the opposition signed agreements.";
    const d = findDateline(text, [{ start: 0, end: text.length }]);
    expect(d?.place && text.slice(d.place.start, d.place.end)).toBe("BRIDGETOWN");
  });

  it("gives the reporter's city to no meeting weeks before the report", () => {
    const text = article(
      "2018-10-12",
      "SEOUL, Oct. 12 (Yonhap) — The ministry said on Friday it wants to implement an accord agreed to on Sept. 19 between the two leaders.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("takes a dateline's town the article introduces ('SKHIRAT, Morocco (Reuters) -' … 'the Moroccan coastal town of Skhirat')", () => {
    const text = article(
      "2015-12-17",
      "SKHIRAT, Morocco (Reuters) - On Thursday delegates from the warring factions signed an agreement to form a unity government.",
      "Libya is deeply fractured, with rival governments in Tripoli and in the east.",
      "After a year of negotiations, representatives signed the accord in the Moroccan coastal town of Skhirat.",
    );
    expect(meetings(text)).toEqual([["2015-12-17", "Skhirat", "held"]]);
  });

  it("reads a hyphened title-case dateline place with ANI's bracketed country ('Nur-Sultan [Kazakhstan], December 10 (ANI/Sputnik):')", () => {
    const text = article(
      "2021-12-10",
      "Nur-Sultan [Kazakhstan], December 10 (ANI/Sputnik): The foreign ministers will meet in Nur-Sultan during the next round of talks, scheduled for December 21.",
    );
    expect(meetings(text)).toEqual([["2021-12-21", "Nur-Sultan", "scheduled"]]);
  });

  it("takes no dateline from a sentence that opens with a preposition ('From September 2-4, 2025, …')", () => {
    const text = "From September 2-4, 2025, the Secretary of State is set to visit Mexico.";
    expect(findDateline(text, [{ start: 0, end: text.length }])).toBeNull();
  });
  it("places a same-day meeting in the named country at the dateline's city there ('KINGSTON, Jamaica (AP) — … in Jamaica on Monday, X huddled with …')", () => {
    const text = article(
      "2024-03-11",
      "KINGSTON, Jamaica (AP) — Behind closed doors in Jamaica on Monday, the secretary of state huddled with Caribbean leaders to find a way out of the crisis.",
    );
    expect(meetings(text)).toEqual([["2024-03-11", "Kingston", "held"]]);
  });
});
