// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): one sentence, several meetings. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { article, meetings } from "../helpers.js";

describe("one sentence, several meetings", () => {
  it("reads a tour's stops by their states, not a state's name as its capital, nor the tour's days or a consulate's opening as meetings", () => {
    const text = article(
      "2023-01-08",
      "The country expects the minister as part of his visit to Africa, scheduled for 8-14 January 2023.",
      "The minister will arrive in Kigali on January 12 and is expected to sit down for talks with his counterpart.",
      "He will formally open the Consulate General in Cape Town on 9 January, after which he will hold official meetings in Pretoria on 10 January.",
      "He will also conduct bilateral meetings in Gabon on 13 January, and in Sao Tome and Principe on 14 January.",
    );
    expect(meetings(text)).toEqual([
      ["2023-01-10", "Pretoria", "scheduled"],
      ["2023-01-12", "Kigali", "scheduled"],
    ]);
  });

  it("lists each further counterpart of a visit's programme as a meeting of that day ('A meeting with X came next', 'in a further meeting')", () => {
    const text = article(
      "2024-03-11",
      "The envoy landed in Lusaka on Friday evening, 8 March.",
      "On Saturday, the envoy held a bilateral meeting with Ana Ruiz, the Foreign Minister of Chile.",
      "A meeting with Omar Diaz, the Trade Minister of Peru, came next.",
      "He later met Lina Park, Vice-President of Korea, and, in a further meeting, Tomas Berg, Prime Minister of Norway.",
      "The envoy returned home on Sunday.",
    );
    expect(meetings(text)).toEqual([
      ["2024-03-09", "Lusaka", "held"],
      ["2024-03-09", "Lusaka", "held"],
      ["2024-03-09", "Lusaka", "held"],
      ["2024-03-09", "Lusaka", "held"],
    ]);
  });

  it("places a meeting without a venue in the city the visitor arrived in the day before ('landed in Lusaka on Friday')", () => {
    const text = article(
      "2024-03-11",
      "The envoy landed in Lusaka on Friday evening, 8 March.",
      "On Saturday, the envoy held a bilateral meeting with Ana Ruiz.",
    );
    expect(meetings(text)).toEqual([["2024-03-09", "Lusaka", "held"]]);
    // Travel after the meeting places nothing: "came to Lusaka after talks with X on 8 March".
    const after = article(
      "2024-03-11",
      "The envoy arrived in Lusaka.",
      "He came to the capital after talks with Ana Ruiz on 8 March.",
    );
    expect(meetings(after)).toEqual([]);
  });

  it("counts a counterpart named by a title and one name ('also saw Saudi King Salman'), not a meeting told again ('Netanyahu’s meeting with Gen. Burhan')", () => {
    const seen = article(
      "2017-07-12",
      "The secretary met the foreign ministers on Wednesday in Jeddah.",
      "In a separate meeting, the secretary also saw Saudi King Salman.",
    );
    expect(meetings(seen)).toEqual([
      ["2017-07-12", "Jeddah", "held"],
      ["2017-07-12", "Jeddah", "held"],
    ]);
    const retold = article(
      "2020-02-03",
      "Prime Minister Ana Ruiz met the general in Kampala on Monday.",
      "The host issued the invitation for Ruiz’s meeting with Gen. Burhan, her office said.",
    );
    expect(meetings(retold)).toEqual([["2020-02-03", "Kampala", "held"]]);
  });

  it("adds no further meeting of the day from a sentence that names another place ('also met X in the West Bank')", () => {
    const text = article(
      "2022-07-15",
      "The president held talks with Crown Prince Omar Diaz in Jeddah on Friday.",
      "He also met with President Ana Ruiz in the West Bank.",
    );
    expect(meetings(text)).toEqual([["2022-07-15", "Jeddah", "held"]]);
  });

  it("lists each counterpart a programme says the visitor meets one by one ('will meet separately with A and B')", () => {
    const text = article(
      "2023-10-29",
      "On Sunday, the Secretary-General will call on President Ana Ruiz in Kathmandu.",
      "At the parliament building, he will meet separately with Party President Omar Diaz and Party Chairperson Lina Park.",
    );
    expect(meetings(text)).toEqual([
      ["2023-10-29", "Kathmandu", "held"],
      ["2023-10-29", "Kathmandu", "held"],
      ["2023-10-29", "Kathmandu", "held"],
    ]);
  });

  it("adds no programme meeting for the day's talks retold with a name ('in-person talks with Wendy Sherman')", () => {
    const text = article(
      "2022-01-10",
      "GENEVA (AP) — High-level officials were formally opening a round of talks on Monday.",
      "The delegation pulled up at the mission for in-person talks with Wendy Sherman, the deputy secretary.",
    );
    expect(meetings(text)).toEqual([["2022-01-10", "Geneva", "held"]]);
  });

  it("places a visit's next-day meeting in the city whose air base the visitor landed at, and not the day after leaving", () => {
    const text = article(
      "2021-06-06",
      "Her plane touched down at an air force base outside Guatemala City on Sunday evening, and she was welcomed there by Foreign Minister Ana Ruiz.",
      "She will hold a meeting with President Omar Diaz on Monday and then leave to see the Mexican president on Tuesday.",
    );
    expect(meetings(text)).toEqual([["2021-06-07", "Guatemala City", "scheduled"]]);
  });

  it("adds no meeting for the host of a meeting already told ('the three-corner meeting with Council President X')", () => {
    const text = article(
      "2023-05-09",
      "The two leaders will hold talks in Brussels on May 14.",
      "The three-corner meeting with Council President Charles Michel would be held at EU headquarters.",
    );
    expect(meetings(text)).toEqual([["2023-05-14", "Brussels", "scheduled"]]);
  });

  it("stops a programme at a day the sentence names ('The next day brought the meeting with President X')", () => {
    const text = article(
      "2019-04-16",
      "On Tuesday morning, the envoy sat down with Omar Diaz in Cairo.",
      "The next day brought the envoy's meeting with President Lina Park.",
    );
    expect(meetings(text)).toEqual([["2019-04-16", "Cairo", "held"]]);
  });

  it("makes a meeting of each counterpart listed after 'meetings with'", () => {
    const text = article(
      "2022-09-21",
      "On Wednesday, Foreign Minister Sergey Lavrov will hold meetings in New York with IAEA Director-General Rafael Grossi, China's Foreign Minister Wang Yi, and Central African Republic's President Faustin-Archange Touadera.",
    );
    expect(meetings(text)).toEqual([
      ["2022-09-21", "New York", "held"],
      ["2022-09-21", "New York", "held"],
      ["2022-09-21", "New York", "held"],
    ]);
  });

  it("splits the article's one meeting by a sideline sentence that met each one by one", () => {
    const text = article(
      "2018-08-12",
      "The presidents of the five coastal states met on Sunday in Aktau at the fifth Caspian summit.",
      "On the sidelines of the summit he also met with President Vladimir Putin, President Nursultan Nazarbayev, and President Ilham Aliyev, discussing issues with each of them.",
    );
    expect(meetings(text)).toHaveLength(4);
  });

  it("keeps a mediator's separate meetings with the two sides of one dialogue as one meeting", () => {
    const text = article(
      "2023-06-23",
      "Following hours of bilateral meetings with Kosovo PM Albin Kurti and Serbian President Aleksandar Vucic in Brussels on Thursday, the EU envoy told reporters they agreed.",
    );
    expect(meetings(text)).toEqual([["2023-06-22", "Brussels", "held"]]);
  });
  it("makes a meeting of each courtesy call of a visit ('courtesy calls on A and on B'), the country's city from the headline", () => {
    const text = article(
      "2024-10-03",
      "During his official visit to the island nation on Friday, Foreign Minister Arun Mehra is scheduled to pay courtesy calls on new President Nimal Perera and on the country’s Prime Minister Dilani Silva.",
    ).replace(/^( date \S+ ).*$/m, "$1Mehra to call on the new leaders in Colombo on Friday");
    expect(meetings(text)).toEqual([
      ["2024-10-04", "Colombo", "scheduled"],
      ["2024-10-04", "Colombo", "scheduled"],
    ]);
  });

  it("reads 'will call on President X on September 1' as a meeting, 'called on X to …' as none", () => {
    const text = article(
      "2016-08-31",
      "The Secretary-General will call on President Maithri Perera on September 1 in Colombo.",
      "He called on Russia to take up its role on September 3 in Geneva.",
    );
    expect(meetings(text)).toEqual([["2016-09-01", "Colombo", "scheduled"]]);
  });

  it("adds a further counterpart received 'on the same day' as a meeting of its own", () => {
    const text = article(
      "2022-05-27",
      "In Istanbul on 27 May 2022, Foreign Minister Kemal Aydin took part in the trilateral meeting of the foreign ministers of Türkiye, Romania and Poland.",
      "Minister Aydin also received Sheikh Rashid Al Nahyan, Minister of Foreign Affairs of the United Arab Emirates, in Istanbul on the same day.",
    );
    expect(meetings(text)).toEqual([
      ["2022-05-27", "Istanbul", "held"],
      ["2022-05-27", "Istanbul", "held"],
    ]);
  });

  it("adds a further counterpart met in a sentence opening with 'Later,' on the day before it", () => {
    const text = article(
      "2022-05-27",
      "In Istanbul on 27 May 2022, Foreign Minister Kemal Aydin took part in the trilateral meeting of Türkiye, Romania and Poland.",
      "Later, in a meeting with Foreign Minister Jan Nowak of Poland, Minister Aydin said a cooperation council would be set up.",
    );
    expect(meetings(text)).toHaveLength(2);
  });

  it("adds a past 'also called on X' to the day of a report's only meeting, but not 'is also due to meet'", () => {
    const called = article(
      "2023-02-13",
      "In Kathmandu on February 13, Foreign Secretary Vinod Rao met Prime Minister Ram Thapa.",
      "Mr. Rao also called on President Sita Devi at her official residence.",
    );
    expect(meetings(called)).toHaveLength(2);
    const due = article(
      "2020-01-10",
      "In Jakarta on Friday, Foreign Minister Rina Sari held a meeting with her Japanese counterpart Ken Mori.",
      "Japan’s minister is also due to meet with Coordinating Minister Budi Santoso.",
    );
    expect(meetings(due)).toHaveLength(1);
  });

  it("adds 'X also met on Sept. 16 with his Iranian counterpart' as a further meeting of the day", () => {
    const text = article(
      "2019-09-16",
      "Turkey's president on Sept. 16 held a meeting with his Russian counterpart in the capital Ankara.",
      "In the capital Ankara, Defense Minister Kemal Aksoy also met on Sept. 16 with his Iranian counterpart Reza Tavakoli.",
    );
    expect(meetings(text)).toHaveLength(2);
  });

  it("adds no meeting for 'also met' a counterpart the meeting's own sentence names", () => {
    const text = article(
      "2022-05-27",
      "Foreign Minister Kemal Aydin held talks with Sheikh Rashid Al Nahyan in Istanbul on Friday.",
      "Later that day Aydin also met Sheikh Rashid over dinner.",
    );
    expect(meetings(text)).toEqual([["2022-05-27", "Istanbul", "held"]]);
  });

  it("lets the days of a visit's programme stand as meetings of their own inside 'a four-day official visit'", () => {
    const text = article(
      "2024-07-08",
      "The prime minister today (8 July) arrived in Beijing, opening a four-day official visit to China.",
      "On 9 July, she will meet separately with the chairman of the political consultative conference and the president of the investment bank.",
      "She will hold talks with President Xi Jinping at the Great Hall of the People on 10 July.",
    );
    expect(meetings(text)).toEqual([
      ["2024-07-09", "Beijing", "scheduled"],
      ["2024-07-10", "Beijing", "scheduled"],
    ]);
  });
  it("counts a bilateral meeting on a gathering's day as a meeting of its own ('trilateral summit on Dec. 24' … 'bilateral talks with X on Dec. 24')", () => {
    const text = article(
      "2019-12-17",
      "The Foreign Ministry said Tuesday that China will host a trilateral summit with Japan and South Korea on Dec. 24 in the city of Chengdu.",
      "According to a diplomatic source, the Japanese premier is expected to hold bilateral talks with President Moon on Dec. 24 during the visit.",
    );
    expect(meetings(text)).toEqual([
      ["2019-12-24", "Chengdu", "scheduled"],
      ["2019-12-24", "Chengdu", "scheduled"],
    ]);
  });

  it("keeps a two-sided summit and its bilateral talks as one meeting", () => {
    const text = article(
      "2023-03-20",
      "President Xi Jinping arrived in Moscow on Monday for a summit with President Vladimir Putin.",
      "The two leaders will hold bilateral talks in Moscow on Tuesday, and the summit is expected to end with a joint statement on Tuesday.",
    );
    expect(meetings(text)).toEqual([["2023-03-21", "Moscow", "scheduled"]]);
  });
  it("counts a minister meeting his counterpart on a council's day as a meeting of its own ('will meet his Indian counterpart …' / 'the Council of Heads of Government on Nov. 17-18')", () => {
    const text = article(
      "2025-11-14",
      "The ministry said on Friday that Foreign Minister Pavel Orlov will meet his Indian counterpart Ravi Menon for talks in Moscow on Nov. 17.",
      "Members of the bloc will gather for the meeting of the Council of Heads of Government on Nov. 17-18.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2025-11-17", "2025-11-18", "Moscow"],
      ["2025-11-17", null, "Moscow"],
    ]);
  });
});
