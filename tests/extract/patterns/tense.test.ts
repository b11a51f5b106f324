// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): the tense of a date's clause. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { article, meetings } from "../helpers.js";

describe("the tense of a date's clause", () => {
  it("takes the sentence's tense when the date's own clause states none ('… and will call for a renewed commitment before a special session in Rome on Wednesday')", () => {
    // 2019-12-16 is a Monday.
    const text = article(
      "2019-12-16",
      "The Secretary-General will also use his visit to address global challenges, and will call for a renewed commitment to multilateralism before a special session of the Senate in Rome on Wednesday.",
    );
    expect(meetings(text)).toEqual([["2019-12-18", "Rome", "scheduled"]]);
  });

  it("reads 'last' as a verb when no time follows it ('are due to last until Friday' looks ahead; 'last Friday' looks back)", () => {
    // 2017-04-03 is a Monday.
    expect(meetings(article("2017-04-03", "The talks in Oslo are due to last until Friday."))).toEqual([
      ["2017-04-07", "Oslo", "scheduled"],
    ]);
    expect(meetings(article("2017-04-03", "The envoys met in Oslo last Friday."))).toEqual([
      ["2017-03-31", "Oslo", "held"],
    ]);
  });

  it("reads no infinitive in a word repeated around 'to' ('people to people ties … during their talks on Wednesday' is past)", () => {
    // 2022-06-09 is a Thursday.
    const text = article(
      "2022-06-09",
      "The two ministers went over the entire gamut of relations including people to people ties during their talks in Madrid on Wednesday.",
    );
    expect(meetings(text)).toEqual([["2022-06-08", "Madrid", "held"]]);
  });

  it("reads the tense across names joined by 'and' ('will meet with his Chinese and Japanese counterparts, Liu Wei and Ken Sato, on Wednesday')", () => {
    // 2015-03-05 is a Thursday.
    const text = article(
      "2015-03-05",
      "Senior diplomats are to gather in Seoul next week.",
      "Deputy Foreign Minister Lee Min-ho will meet with his Chinese and Japanese counterparts, Liu Wei and Ken Sato, on Wednesday, with the aim of discussing how cooperation can be revived.",
    );
    expect(meetings(text)).toEqual([["2015-03-11", "Seoul", "scheduled"]]);
  });

  it("keeps a meeting's date when a trailing attribution goes on with a participle ('on May 13, Kazakhstan’s Foreign Ministry said, confirming')", () => {
    const text = article(
      "2024-05-03",
      "The next round will take place in Almaty on May 13, Kazakhstan’s Foreign Ministry said, confirming that it would host the delegations.",
    );
    expect(meetings(text)).toEqual([["2024-05-13", "Almaty", "scheduled"]]);
  });

  it("dates 'the 25th of this month' and reads a speech verb between commas as an aside ('On November 23, X added, Y will meet')", () => {
    const text = article(
      "2020-11-19",
      "Talks with his Iraqi counterpart, who will pay a working visit to Moscow, will be held on the 25th of this month, the minister announced.",
      "On November 23, the spokeswoman Ana Ruiz added, the minister will meet for talks with his Iranian counterpart in Moscow.",
    );
    expect(meetings(text)).toEqual([
      ["2020-11-23", "Moscow", "scheduled"],
      ["2020-11-25", "Moscow", "scheduled"],
    ]);
  });

  it("takes no meeting from a main clause after an opening 'After the meetings in X,' ('… went to eastern Ukraine on 20 January')", () => {
    const text = article(
      "2021-01-21",
      "After the meetings in Kyiv, the chairperson went to eastern Ukraine on 20 January to witness the situation.",
      "After many hours of consultations in the capital, Bamako, on Thursday, the president pledged support.",
    );
    expect(meetings(text)).toEqual([["2021-01-21", "Bamako", "held"]]);
  });

  it("dates a meeting, not the report, when 'X said Friday' closes the sentence ('will meet in Tokyo on March 20, Inada said Friday')", () => {
    const text = article(
      "2017-03-17",
      "The two defence ministers will meet in Tokyo on March 20, Ana Ruiz said Friday when she spoke to reporters.",
      "Speaking to students in Osaka on Thursday, Omar Diaz said the talks would be useful.",
    );
    expect(meetings(text)).toEqual([["2017-03-20", "Tokyo", "scheduled"]]);
  });

  it("reads 'X said' after a name as the main verb and 'set out' as past ('In his address on Monday, President X said …')", () => {
    const text = article(
      "2025-03-25",
      "The talks in Riyadh had wound up late on Monday, a source said.",
      "In his nightly video address on Monday, President Ana Ruiz said her officials will meet the US team.",
      "Trump set out on Monday the issues he said were on the table.",
    );
    expect(meetings(text)).toEqual([["2025-03-24", "Riyadh", "held"]]);
  });

  it("reads an opening day's tense past a participle ('On Sunday morning, following a briefing, he took part')", () => {
    const text = article(
      "2024-01-22",
      "On Sunday morning, following a walk through the old town, the envoy held talks in Kampala.",
    );
    expect(meetings(text)).toEqual([["2024-01-21", "Kampala", "held"]]);
  });

  it("reads 'last Thursday' in a Thursday report as a week back", () => {
    const text = article(
      "2019-08-08",
      "It comes after the two leaders signed the agreement in Maputo last Thursday.",
    );
    expect(meetings(text)).toEqual([["2019-08-01", "Maputo", "held"]]);
  });

  it("reads 'settled on holding the meeting Monday' as a plan ahead", () => {
    const text = article(
      "2018-10-12",
      "The two sides settled on holding the meeting Monday at the Peace House in Seoul.",
    );
    expect(meetings(text)).toEqual([["2018-10-15", "Seoul", "scheduled"]]);
  });

  it("dates no meeting by the day an agreement 'was reached'", () => {
    const text = article(
      "2018-06-17",
      "Under the deal between the two leaders in Athens, which was reached on June 12, the country will change its name, and talks go on.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("reads 'will have their first meeting Monday' as future, and 'SEOUL/TOKYO, Oct. 28 Kyodo -' as a dateline", () => {
    const text = article(
      "2015-10-28",
      "SEOUL/TOKYO, Oct. 28 Kyodo - The two prime ministers will have their first one-on-one meeting Monday in Seoul.",
    );
    expect(meetings(text)).toEqual([["2015-11-02", "Seoul", "scheduled"]]);
  });

  it("reads an opening 'On Tuesday' without a comma by the verb after it (2017-12-18 is a Monday)", () => {
    const text = article(
      "2017-12-18",
      "On Tuesday the foreign secretaries of Bangladesh and Myanmar will meet in Dhaka to, what the officials say, finalise the terms of reference that are to facilitate the return.",
    );
    expect(meetings(text)).toEqual([["2017-12-19", "Dhaka", "scheduled"]]);
  });

  it("lets 'will' decide the 'to' after a passive participle ('will be invited to take part in talks … on Friday')", () => {
    const text = article(
      "2015-10-27",
      "The State Department said on Tuesday that Iran will be invited to take part in talks in Vienna on Friday.",
    );
    expect(meetings(text)).toEqual([["2015-10-30", "Vienna", "scheduled"]]);
  });

  it("reads on past a present verb after an opening date (2021-04-21 is a Wednesday)", () => {
    const text = article(
      "2021-04-21",
      "On Thursday, the foreign ministers of Turkey, Poland and Romania are due to come together for a trilateral meeting in Bucharest.",
    );
    expect(meetings(text)).toEqual([["2021-04-22", "Bucharest", "scheduled"]]);
  });

  it("reads the main verb when the date opens the sentence, past a participle that modifies a noun (2016-10-25 is a Tuesday)", () => {
    const text = article(
      "2016-10-25",
      "This Thursday, an art museum in northern Quito called Casa Blanca will host a ceremony opening the negotiations.",
    );
    expect(meetings(text)).toEqual([["2016-10-27", "Quito", "scheduled"]]);
  });

  it("gives two coordinated weekdays the tense of the verb after both (2017-10-03 is a Tuesday)", () => {
    const text = article(
      "2017-10-03",
      "On Thursday and Friday he will be in Mexico City, where he will hold talks with President Carlos Ruiz.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2017-10-05", "2017-10-06", "Mexico City"],
    ]);
  });

  it("does not take a preposition 'to' for an infinitive (2023-01-28 is a Saturday)", () => {
    const text = article(
      "2023-01-28",
      "The president stressed the significance of his visit to the talks in Buenos Aires on Monday, which he called historic.",
    );
    expect(meetings(text)).toEqual([["2023-01-23", "Buenos Aires", "held"]]);
  });

  it("takes the venue's country from 'hosted by' and its city from the article", () => {
    const text = article(
      "2018-05-08",
      "A trilateral summit with China and South Korea will be hosted by Japan on Wednesday after a long hiatus.",
      "The three leaders plan to issue a joint statement as they wrap up their one-day gathering in Tokyo.",
    );
    expect(meetings(text)).toEqual([["2018-05-09", "Tokyo", "scheduled"]]);
  });

  it("lets 'will' decide a passive participle ('will be hosted … on Wednesday'; 2018-05-08 is a Tuesday)", () => {
    const text = article(
      "2018-05-08",
      "A trilateral summit will be hosted in Tokyo on Wednesday after a long hiatus.",
    );
    expect(meetings(text)).toEqual([["2018-05-09", "Tokyo", "scheduled"]]);
  });

  it("gives a bare weekday one day throughout the article, the headline counting double (2020-01-14 is a Tuesday)", () => {
    const text = [
      " date 2020-01-14 Germany to host Libya summit in Berlin on Sunday",
      "",
      "Invitations to Sunday's talks in Berlin have gone out to representatives of eleven countries.",
      "",
    ].join("\n");
    expect(meetings(text)).toEqual([["2020-01-19", "Berlin", "scheduled"]]);
  });

  it("does not date a meeting by the day of a decision ('proposed for Sunday and Monday … in a decision on Saturday'; 2015-08-23 is a Sunday)", () => {
    const text = article(
      "2015-08-23",
      "Pakistan called off the talks in New Delhi proposed for Sunday and Monday in a late night decision on Saturday.",
    );
    expect(meetings(text).map(([date]) => date)).not.toContain("2015-08-29");
  });

  it("reads 'Following … on Sunday,' as an opening phrase, not as 'the following' (2022-01-10 is a Monday)", () => {
    const text = article(
      "2022-01-10",
      "Following an informal working dinner on Sunday, Ryabkov forecast difficult talks in Geneva, which are to be followed by a meeting in Brussels on Wednesday.",
    );
    expect(meetings(text)).toEqual([
      ["2022-01-09", "Geneva", "held"],
      ["2022-01-12", "Brussels", "scheduled"],
    ]);
  });

  it("keeps 'the Ethiopian capital, Addis Ababa' in one clause with its cue (2017-06-08 is a Thursday)", () => {
    const text = article(
      "2017-06-08",
      "The president will not attend the extraordinary summit due in the Ethiopian capital, Addis Ababa on Monday.",
    );
    expect(meetings(text)).toEqual([["2017-06-12", "Addis Ababa", "scheduled"]]);
  });

  it("dates no meeting by the day someone was 'speaking to AFP'", () => {
    const text = article(
      "2021-11-28",
      "Speaking to AFP on Sunday, the diplomat said the talks in Vienna will restart at two pm.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("reads 'today's meeting' as a meeting even after 'a joint statement on the results of'", () => {
    const text = article(
      "2023-06-21",
      "A joint statement on the results of today's meeting in Astana says the three states agreed to meet again.",
    );
    expect(meetings(text)).toEqual([["2023-06-21", "Astana", "held"]]);
  });

  it("does not give a date a venue country named far from it, nor borrow the headline's city then", () => {
    const text = [
      " date 2023-08-07 ECOWAS summit set for Abuja",
      "",
      "The bloc also said it will hold the next summit in Guinea-Bissau, as set out in the statement of the ordinary session of 9 July 2023.",
      "",
    ].join("\n");
    expect(meetings(text)).toEqual([]);
  });

  it("does not date a meeting by the day a document is named after ('the Jeddah Declaration of May 11')", () => {
    const text = article(
      "2023-10-27",
      "Saudi Arabia called on both sides to build on the Jeddah Declaration of May 11, 2023, signed in Jeddah.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("dates the main clause's meeting by an arrival that opens the sentence ('Having arrived Friday in Oman, … met')", () => {
    const text = article(
      "2025-04-26",
      "For several hours the talks went on in Muscat, the capital.",
      "Having arrived Friday in Oman, the minister met with his Omani counterpart.",
    );
    expect(meetings(text)).toEqual([["2025-04-25", "Muscat", "held"]]);
  });

  it("reads travel 'to Moscow, where they held talks' as the talks' day", () => {
    const text = article(
      "2022-01-22",
      "On January 6, representatives of Germany and France travelled to Moscow, where they held talks with Dmitry Kozak.",
    );
    expect(meetings(text)).toEqual([["2022-01-06", "Moscow", "held"]]);
  });

  it("takes a state whose name stands for its capital as that city ('in Kuwait')", () => {
    const text = article(
      "2016-04-18",
      "A new round of peace talks scheduled to begin in Kuwait on Monday has been delayed.",
    );
    expect(meetings(text).map(([date, city]) => [date, city])).toEqual([["2016-04-18", "Kuwait City"]]);
  });

  it("does not read 'the 16th round' as a day", () => {
    const text = article(
      "2022-12-22",
      "The two armies held the 17th round of talks in Moldo on 20 December. It came five months after the 16th round of talks in Geneva.",
    );
    expect(meetings(text).map(([date]) => date)).not.toContain("2022-12-16");
  });

  it("reads 'was quoted as saying Monday' as the day of the report, not of the meeting it speaks of", () => {
    const text = article(
      "2015-09-22",
      "Seoul is pushing to arrange a bilateral meeting between the two ministers in New York, an official was quoted as saying Monday by a local newspaper.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("reads a present verb in a clause of time as ahead ('will discuss … when he sits down with X on Tuesday and Wednesday')", () => {
    const text = article(
      "2025-08-29",
      "From September 2-4, 2025, the Secretary of State is set to visit Mexico and Ecuador.",
      "Migration is what he will discuss when he sits down with President Claudia Sheinbaum in Mexico City on Tuesday and Wednesday.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city, m.status])).toEqual([
      ["2025-09-02", "2025-09-03", "Mexico City", "scheduled"],
    ]);
  });

  it("reads 'On Saturday in Abuja, the Presidency dismissed …' as the day and place of a statement, not of the visit it speaks of", () => {
    const text = article(
      "2024-02-25",
      "On Saturday in Abuja, the Presidency dismissed reports that the scheduled state visit by the president had been stopped.",
      "The state visit would still hold between March 2 and March 4, an adviser said.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("reads 'talks that have been going on in Egypt since Monday' as past ('going' looks ahead only as 'going to')", () => {
    const text = article(
      "2025-10-08",
      "The negotiations follow on from indirect talks that have been going on in Cairo since Monday.",
    );
    expect(meetings(text)).toEqual([["2025-10-06", "Cairo", "held"]]);
  });
  it("reads 'was to begin on Sunday' in a Saturday report as the coming Sunday, a plan still ahead", () => {
    const text = article(
      "2021-10-16",
      "The government withdrew from a round of negotiations with the opposition that was to begin on Sunday in Mexico City.",
    );
    expect(meetings(text).map((m) => m[0])).toEqual(["2021-10-17"]);
  });
  it("reads an opening weekday's tense in the main clause after a subordinate one ('On Thursday, when the summit wraps up after lunch, the leaders are due to approve …')", () => {
    const text = article(
      "2015-11-11",
      "On Thursday, when the summit in Valletta wraps up after lunch, the leaders are due to approve an action plan.",
    );
    expect(meetings(text)).toEqual([["2015-11-12", "Valletta", "scheduled"]]);
  });
  it("reads a weekday planned in the past perfect as gone ('had been scheduled to formally open Thursday but were put on hold' in a Saturday report)", () => {
    const text = article(
      "2018-09-08",
      "The talks in Geneva had been scheduled to formally open Thursday but were put on hold.",
    );
    expect(meetings(text).map((m) => m[0])).toEqual(["2018-09-06"]);
  });
  it("reads 'was the first to arrive in X on Sunday' as past ('the first to' is no plan)", () => {
    const text = article(
      "2020-01-27",
      "Of the visiting leaders, the prime minister was the first to arrive in Asmara on Sunday, and he held talks with the president there on Sunday evening.",
    );
    expect(meetings(text).map((m) => m[0])).toEqual(["2020-01-26"]);
  });
});
