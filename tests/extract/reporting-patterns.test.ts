// Patterns seen in several development reports (tests/fixtures/real/dev-*), each written here as a short invented
// article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { findPlaces } from "../../src/extract/mentions/places.js";
import { findDateline } from "../../src/extract/structure/dateline.js";
import { article } from "./helpers.js";

const meetings = (text: string) => extractArticle(text).meetings.map((m) => [m.date, m.city, m.status]);
const person = (text: string, name: string) => {
  const p = extractArticle(text).people.find((x) => x.name === name);
  return p ? [p.role, p.affiliation] : undefined;
};
const names = (text: string) => extractArticle(text).people.map((p) => p.name);

describe("the tense of a date's clause", () => {
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
});

describe("datelines without a dash", () => {
  it("reads a place, a date and an agency followed straight by the text", () => {
    const text = "Mexico City, Sep 30 (Prensa Latina) Next week, the president will receive the envoy.";
    const d = findDateline(text, [{ start: 0, end: text.length }]);
    expect(d?.place && text.slice(d.place.start, d.place.end)).toBe("Mexico City");
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
});

describe("agency readouts", () => {
  it("dates a lede that runs on from the dateline ('HANOI, Jan. 8 (Prensa Latina) The leaders have received X') on the dispatch's day", () => {
    const text = article(
      "2022-01-08",
      "HANOI, Jan. 8 (Prensa Latina) The main leaders of Vietnam have received Ana Ruiz, the prime minister, who since then has been here on an official visit.",
    );
    expect(meetings(text)).toEqual([["2022-01-08", "Hanoi", "held"]]);
  });

  it("reads 'from Sunday to Wednesday' as one span", () => {
    const text = article("2018-03-28", "The talks in Beijing ran from Sunday to Wednesday, officials said.");
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2018-03-25", "2018-03-28", "Beijing"],
    ]);
  });

  it("reads 'Abu Dhabi:' as a dateline and 'was received … by' as a meeting (2022-05-17 is a Tuesday)", () => {
    const text = article(
      "2022-05-17",
      "Abu Dhabi: US Secretary of State Antony Blinken was received on Monday by Sheikh Abdullah bin Zayed Al Nahyan.",
    );
    expect(meetings(text)).toEqual([["2022-05-16", "Abu Dhabi", "held"]]);
  });

  it("does not take an air base for the venue, nor an appointment's day for a meeting's", () => {
    const text = article(
      "2022-11-28",
      "PUTRAJAYA: A bilateral meeting was held today between the Sultan and the prime minister.",
      "Once the aircraft touched down at the air force base in Subang, the leaders drove to the office.",
      "The Sultan is the first leader to have met him since his appointment as prime minister on Nov 24.",
    );
    expect(meetings(text)).toEqual([["2022-11-28", "Putrajaya", "held"]]);
  });
});

describe("venues", () => {
  it("knows a place the report introduces without a demonym ('the truce village of Panmunjom', 'the resort town of Karuizawa')", () => {
    const text = article(
      "2019-05-18",
      "On Thursday and Friday, Yang Jiechi met with Shotaro Yachi in the resort town of Karuizawa, Japan.",
    );
    expect(meetings(text)).toEqual([["2019-05-16", "Karuizawa", "held"]]);
  });

  it("reads a country of several seats' capital as its main one ('in South Africa's capital', 'the Moroccan capital')", () => {
    expect(
      findPlaces("Peace talks opened in South Africa's capital on Tuesday.", 0, []).map((p) => p.city),
    ).toEqual(["Pretoria"]);
    expect(findPlaces("The envoys met in the Moroccan capital on Monday.", 0, []).map((p) => p.city)).toEqual(
      ["Rabat"],
    );
  });

  it("knows a state by its formal or local name ('Viet Nam', 'Kyrgyz Republic') and a local spelling of a city by its English name", () => {
    const text = article(
      "2024-01-06",
      "HÀ NỘI – A welcome ceremony was hosted by Prime Minister Ana Ruiz on January 6 for her counterpart Omar Diaz, who is in Việt Nam on an official visit.",
    );
    expect(meetings(text)).toEqual([["2024-01-06", "Hanoi", "held"]]);
  });

  it("reads 'St. Petersburg' as the Russian city, as written, and no town in 'An open break'", () => {
    const text = article(
      "2024-01-28",
      "Speaking at the talks with President Ana Ruiz at Konstantinovsky Palace in St. Petersburg on 28 January, the president said the summit would go well.",
      "An open break would leave the alliance in a difficult spot.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.city, m.country])).toEqual([
      ["2024-01-28", "St. Petersburg", "Russia"],
    ]);
    expect(findPlaces("An open break would follow.", 0, [])).toEqual([]);
  });

  it("prefers the city a meeting is said to be in over one opening a gathering's name ('in Nairobi for the Tokyo International Conference')", () => {
    const text = article(
      "2016-08-29",
      "Over 30 heads of state gathered in Nairobi for the 6th Tokyo International Conference on African Development that closed on Sunday.",
    );
    expect(meetings(text)).toEqual([["2016-08-28", "Nairobi", "held"]]);
  });

  it("takes no city from a building's name ('held at the Palace of Independence')", () => {
    expect(
      findPlaces("The talks were held at the Palace of Independence.", 0, []).map((p) => p.city),
    ).toEqual([]);
  });

  it("places a meeting at a seat that stands for its city ('at the AU Headquarters', 'at Malacañan Palace')", () => {
    const au = article("2016-12-15", "The two met on Tuesday, 13 December 2016, at the AU Headquarters.");
    expect(meetings(au)).toEqual([["2016-12-13", "Addis Ababa", "held"]]);
    const manila = article(
      "2025-04-23",
      "The president is due to meet the Japanese prime minister at Malacañan Palace on April 29.",
    );
    expect(meetings(manila)).toEqual([["2025-04-29", "Manila", "scheduled"]]);
  });

  it("lets the dateline place the day's meeting when the article names its country as the visit's ('a state visit to Vietnam')", () => {
    const text = article(
      "2024-06-20",
      "Hanoi (VNA) – At noon on June 20, State President Lam Van welcomed Russian President Vladimir Putin with a grand ceremony.",
      "Putin is paying a state visit to Vietnam from June 19-20, the first since his trip to Russia's neighbours.",
      "He will go on to Russia's ally, and a visit to Russia by the Vietnamese leader is planned.",
    );
    expect(meetings(text)).toContainEqual(["2024-06-20", "Hanoi", "held"]);
  });

  it("resolves 'until tomorrow, Friday' to tomorrow", () => {
    const text = article(
      "2022-11-24",
      "The president's official visit, which will last until tomorrow, Friday, included talks in Mexico City.",
    );
    expect(meetings(text).map((m) => m[0])).not.toContain("2022-11-18");
  });

  it("takes no venue from a house named after a city ('at Hyderabad House'): the headline's city holds", () => {
    const text = article(
      "2016-04-26",
      "At 3 p.m. on Tuesday, the senior officials meeting will open at Hyderabad House.",
    ).replace("Test headline", "Officials meet in New Delhi");
    expect(meetings(text)).toEqual([["2016-04-26", "New Delhi", "held"]]);
  });

  it("takes no city from the end of a longer name ('the Pacific Alliance'), but keeps 'Sri Lanka's Colombo'", () => {
    const cities = (t: string) => findPlaces(t, 0, []).map((p) => p.city);
    expect(cities("He could not attend the Pacific Alliance summit.")).toEqual([]);
    expect(cities("They met in Sri Lanka's Colombo on Friday.")).toEqual(["Colombo"]);
  });

  it("lets the dateline place a meeting although a name holds another country ('the AU Mission in Somalia')", () => {
    const text = article(
      "2017-03-23",
      "NAIROBI, Kenya, Mar 23 – President Daniel Mwangi and his Somali counterpart Hassan Abdi met on Thursday.",
      "The agenda was expected to cover the draw-down of the African Union Mission in Somalia.",
    );
    expect(meetings(text)).toEqual([["2017-03-23", "Nairobi", "held"]]);
  });

  it("takes the visited country's one venue city for a visit's meeting ('first visit to Egypt … to meet Sisi')", () => {
    const text = article(
      "2024-02-14",
      "On Wednesday Turkish President Tayyip Erdogan made his first visit to Egypt since 2012 to meet President Sisi.",
      "Footage showed Sisi greeting Erdogan as he stepped off his plane in Cairo.",
    );
    expect(meetings(text)).toEqual([["2024-02-14", "Cairo", "held"]]);
  });

  it("takes 'in Mexico’s capital' as Mexico City, and a dateline closed by '.-' (EFE)", () => {
    const text = article(
      "2023-02-13",
      "Mexico City, Feb 13 (EFE).- A second round of peace negotiations got under way on Monday in Mexico’s capital.",
    );
    expect(meetings(text)).toEqual([["2023-02-13", "Mexico City", "held"]]);
  });

  it("places 'talks at Hyderabad House in New Delhi' in New Delhi", () => {
    const text = article(
      "2022-04-02",
      "Delegation-level talks between the two prime ministers took place on Saturday at Hyderabad House in New Delhi.",
    );
    expect(meetings(text)).toEqual([["2022-04-02", "New Delhi", "held"]]);
  });

  it("lends no venue from a sentence opening 'In 2022'", () => {
    const text = article(
      "2024-07-05",
      "The president welcomed her counterpart at the Palace on Thursday for the binational cabinet.",
      "In 2022 the last edition was held in Loja, Ecuador.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("takes 'in the Gomel region' as a venue in Gomel", () => {
    const text = article("2022-02-28", "The delegations met for talks in the Gomel region on Monday.");
    expect(meetings(text)).toEqual([["2022-02-28", "Gomel", "held"]]);
  });

  it("lends no venue from a sentence about another time ('the first summit since December 2019 in Chengdu')", () => {
    const text = article(
      "2024-05-24",
      "It is the first trilateral summit since December 2019 in Chengdu, China.",
      "On Sunday, the president is due to hold separate meetings with the premier and with the prime minister.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("takes the city after 'in the nation’s capital,' as the venue", () => {
    const text = article(
      "2020-07-25",
      "After many hours of consultations in the nation’s capital, Bamako, on Thursday, the chairman pledged support.",
    );
    expect(meetings(text)).toEqual([["2020-07-23", "Bamako", "held"]]);
  });

  it("takes 'to a White House lunch' as a meeting in Washington", () => {
    const text = article(
      "2025-07-09",
      "Five African leaders will be welcomed by President Donald Trump to a White House lunch on Wednesday.",
    );
    expect(meetings(text)).toEqual([["2025-07-09", "Washington", "held"]]);
  });

  it("does not echo a meeting venue onto a day weeks away ('will restart visa processing in Havana on Jan. 4')", () => {
    const text = article(
      "2022-11-15",
      "Cuba and the United States will hold migration talks on Tuesday in Havana.",
      "The administration will restart visa processing in Havana on Jan. 4.",
    );
    expect(meetings(text)).toEqual([["2022-11-15", "Havana", "held"]]);
  });

  it("takes the city after a named building and a comma as the venue ('At Merdeka Palace, Jakarta')", () => {
    const text = article(
      "2022-12-30",
      "At Merdeka Palace, Jakarta on Friday, December 30, 2022, the president welcomed the secretary general.",
    );
    expect(meetings(text)).toEqual([["2022-12-30", "Jakarta", "held"]]);
  });

  it("does not read a city name inside a longer name as a venue ('the Fortune Most Powerful Women Summit')", () => {
    const text = article(
      "2017-10-03",
      "The two ministers held talks on Monday at the Fortune Most Powerful Women Summit.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("takes the city a gathering is named after (2021-06-20 is a Sunday)", () => {
    const text = article(
      "2021-06-20",
      "On Saturday, on the sidelines of Antalya Diplomacy Forum, Foreign Minister Ali Khan met with his Iranian counterpart.",
    );
    expect(meetings(text)).toEqual([["2021-06-19", "Antalya", "held"]]);
  });

  it("reads a city name that runs on into another name as part of that name, not as the city", () => {
    const text = article(
      "2022-11-02",
      "The two presidents last held a meeting in Puerto Ordaz on August 11, 2016.",
    );
    expect(meetings(text).map(([, city]) => city)).not.toContain("Puerto");
  });

  it("lets an unknown place in the sentence block the headline's city", () => {
    const text = [
      " date 2022-11-02 The Caracas talks and what came before them",
      "",
      "The two presidents last held a meeting in Puerto Ordaz on August 11, 2016.",
      "",
    ].join("\n");
    expect(meetings(text)).toEqual([]);
  });

  it("does not take a later stop ('before he flew on to Seoul') or an institution's seat ('the government in Tripoli') for the venue", () => {
    const text = article(
      "2018-10-08",
      "The secretary met with Kim on Sunday morning for two hours of talks, before he flew on to Seoul.",
      "On Tuesday the president met the leader of the government in Tripoli for talks.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("reads a seat of government as its city ('at the White House'), and a capitalised 'In Berlin' as a venue", () => {
    const text = article(
      "2024-10-12",
      "U.S. President Joe Biden will host the prime minister at the White House on October 16.",
      "In Berlin on Monday, the chancellor is set to host leaders of six states for a summit.",
    );
    expect(meetings(text)).toEqual([
      ["2024-10-14", "Berlin", "scheduled"],
      ["2024-10-16", "Washington", "scheduled"],
    ]);
  });

  it("does not read 'talks near Paris hosted by' as talks in Paris", () => {
    const text = article(
      "2017-07-25",
      "After talks near Paris hosted by the French president on Tuesday, the two rivals committed to a ceasefire.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("does not borrow the headline's city for a visit to 'the kingdom'", () => {
    const text = [
      " date 2023-07-30 Saudi Arabia to host peace summit in Jeddah",
      "",
      "The summit news comes after the national security adviser visited the kingdom on Thursday for talks.",
      "",
    ].join("\n");
    expect(meetings(text)).toEqual([]);
  });

  it("gives a future meeting without a venue the one city a neighbouring sentence says its people travel to", () => {
    const text = article(
      "2022-08-05",
      "On Monday the minister plans to leave for the eastern port city of Qingdao.",
      "He is scheduled to hold talks with his counterpart on Tuesday.",
    );
    expect(meetings(text)).toEqual([["2022-08-09", "Qingdao", "scheduled"]]);
  });

  it("reads a visited city as the venue ('a delegation visited Abu Dhabi on Aug. 31')", () => {
    const text = article(
      "2020-09-15",
      "An Israeli and American delegation visited Abu Dhabi for talks on Aug. 31.",
    );
    expect(meetings(text)).toEqual([["2020-08-31", "Abu Dhabi", "held"]]);
  });

  it("does not read 'between Washington and Havana' as a venue", () => {
    const text = article(
      "2015-08-14",
      "Later on Friday, Kerry met with Foreign Minister Bruno Rodriguez to discuss relations between Washington and Havana.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("does not take the dateline when the article sends the talks to another country", () => {
    const text = article(
      "2019-03-14",
      "Lahore (Pakistan Point News - 14th March, 2019) A Pakistani delegation has travelled to India, where talks are due.",
      "The two delegations held talks on Thursday.",
    );
    expect(meetings(text).map(([, city]) => city)).not.toContain("Lahore");
  });

  it("serves a same-day meeting with the dateline's city when the article names it as a venue", () => {
    const text = article(
      "2025-03-21",
      "Tokyo, March 21 (Jiji Press)--At a meeting in Tokyo on Saturday, the three foreign ministers are expected to agree on a summit.",
      "On Friday evening, ahead of Saturday’s meeting, Prime Minister Shigeru Ishiba received the ministers at his office.",
    );
    expect(meetings(text)).toEqual([
      ["2025-03-21", "Tokyo", "held"],
      ["2025-03-22", "Tokyo", "scheduled"],
    ]);
  });

  it("does not borrow a venue from a sentence about an earlier meeting ('last May')", () => {
    const text = article(
      "2025-03-21",
      "The last three-way summit, held in Seoul last May, was the first in years.",
      "On Friday, Prime Minister Shigeru Ishiba held a dinner for the two ministers.",
    );
    expect(meetings(text)).toEqual([]);
  });
});

describe("spans", () => {
  it("takes a meeting's planned end from a quotation ('They “started today, the 25th of October, and will end on the 30th”')", () => {
    const text = article(
      "2022-10-25",
      "The warring sides opened peace talks in Pretoria on Tuesday, the presidency said.",
      "They “started today, the 25th of October, and will end on the 30th of October.”",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city, m.status])).toEqual([
      ["2022-10-25", "2022-10-30", "Pretoria", "scheduled"],
    ]);
  });

  it("reads 'April 13/14' as a two-day span, not a year", () => {
    const text = article("2018-02-06", "The summit is due to take place in Lima, Peru, next April 13/14.");
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2018-04-13", "2018-04-14", "Lima"],
    ]);
  });

  it("reads 'the second day of dialogue … got under way Friday' as a span ending on that Friday", () => {
    const text = article(
      "2018-01-12",
      "The second day of dialogue between the government and the opposition got under way Friday in Santo Domingo.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2018-01-11", "2018-01-12", "Santo Domingo"],
    ]);
  });

  it("reads an abbreviated month in a two-day span ('on Sept. 8 and 9')", () => {
    const text = article("2016-09-07", "The ministers will meet for talks in Geneva on Sept. 8 and 9.");
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city])).toEqual([
      ["2016-09-08", "2016-09-09", "Geneva"],
    ]);
  });

  it("counts 'two days later' from the date before it in the sentence", () => {
    const text = article(
      "2020-08-24",
      "Originally scheduled for 2 September, the meeting in Washington between the two leaders will now take place two days later.",
    );
    expect(meetings(text).map(([date, city]) => [date, city])).toEqual([
      ["2020-09-02", "Washington"],
      ["2020-09-04", "Washington"],
    ]);
  });

  it("dates 'on 23-24 March last year' in the year before the report's", () => {
    const text = article(
      "2022-02-28",
      "New Delhi hosted the previous meeting of the commission on 23-24 March last year.",
    );
    expect(meetings(text)).toEqual([["2021-03-23", "New Delhi", "held"]]);
  });

  it("reads 'for three days from Dec. 23' as a stay starting that day, not an offset", () => {
    const text = article(
      "2019-12-11",
      "The prime minister will hold talks in Chengdu for three days from Dec. 23.",
    );
    expect(meetings(text).map((m) => m[0])).toEqual(["2019-12-23"]);
  });

  it("counts 'two weeks from Jan. 11' from the date it names", () => {
    const text = article(
      "2021-01-12",
      "Turkey has announced that exploratory talks with Greece will resume in Istanbul two weeks from Jan. 11.",
    );
    expect(meetings(text)).toEqual([["2021-01-25", "Istanbul", "scheduled"]]);
  });

  const spans = (text: string) => extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city]);

  it("reads a stay from an arrival until a later day as one visit", () => {
    const text = article(
      "2023-09-30",
      "Next week, the president will receive the secretary for talks; he will arrive in Mexico City on October 3 and will stay there until October 5.",
    );
    expect(spans(text)).toEqual([["2023-10-03", "2023-10-05", "Mexico City"]]);
  });

  it("reads 'three days of intensive talks' as a length, and a later day inside it as the same meeting", () => {
    const text = article(
      "2017-01-04",
      "The two leaders leave for Geneva on January 9 for three days of intensive talks.",
      "Each side will table a map of proposed adjustments in Geneva on January 11.",
    );
    expect(spans(text)).toEqual([["2017-01-09", "2017-01-11", "Geneva"]]);
  });

  it("takes a meeting's length from the next sentence when that one dates nothing (2023-06-30 is a Friday)", () => {
    const text = article(
      "2023-06-30",
      "The minister said as talks in Washington ended on Thursday that hard work lay ahead.",
      "At the conclusion of talks mediated by U.S. officials for three days, he posed for a photograph.",
    );
    expect(spans(text)).toEqual([["2023-06-27", "2023-06-29", "Washington"]]);
  });
});

describe("status", () => {
  it("keeps a meeting that a span widens past the report's day 'scheduled' (2022-09-15 is a Thursday)", () => {
    const text = article(
      "2022-09-15",
      "From Thursday, the leaders gather in Samarkand for a regional summit.",
      "The leaders of several countries will join them for the summit in Samarkand on Thursday and Friday.",
    );
    expect(extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.status])).toEqual([
      ["2022-09-15", "2022-09-16", "scheduled"],
    ]);
  });

  it("marks a planned day postponed when the report says elsewhere that the talks were put off", () => {
    const text = article(
      "2022-10-07",
      "The talks were due to be held on Sunday October 9 in Pretoria, South Africa.",
      "The African Union said on Thursday the meeting had been postponed for logistical reasons.",
    );
    expect(meetings(text)).toEqual([["2022-10-09", "Pretoria", "postponed"]]);
  });

  it("marks the old day postponed and keeps the new day of a put-off meeting scheduled", () => {
    const text = article(
      "2022-03-02",
      "The second round, which was expected to take place this evening, has been postponed until tomorrow in Brest.",
    );
    expect(meetings(text)).toEqual([
      ["2022-03-02", "Brest", "postponed"],
      ["2022-03-03", "Brest", "scheduled"],
    ]);
  });
});

describe("headlines", () => {
  it("lets a headline that names its day place only that day's meeting", () => {
    const text = article(
      "2015-11-27",
      "South and North Korea agreed Friday to hold high-level government talks next month.",
      "The two sides plan to hold vice-ministerial dialogue on Dec. 11 at the Kaesong Industrial Complex.",
    ).replace("Test headline", "Two Koreas set vice-ministerial talks in Kaesong for Dec. 11");
    expect(meetings(text)).toEqual([["2015-12-11", "Kaesŏng", "scheduled"]]);
  });

  it("reads 'the Aug. 25 deal' as a date of the deal, no meeting's", () => {
    const text = article(
      "2015-11-27",
      "The step implements the Aug. 25 deal, under which the sides are to hold high-level talks in Seoul as soon as possible.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("gives the headline's city to no meeting days before the report", () => {
    const text =
      " date 2017-01-23 Syria talks open in Astana\n\nThe previous meeting of the sides took place on Dec. 24 last year, officials recalled.\n";
    expect(meetings(text).map(([date]) => date)).not.toContain("2016-12-24");
  });

  it("reads 'sit down in Geneva' in a present-tense headline as the day's meeting", () => {
    const text = [
      " date 2022-01-10 US and Russian delegations sit down in Geneva over Ukraine tensions",
      "",
      "The two delegations pulled up at the mission for face-to-face talks.",
      "",
    ].join("\n");
    expect(meetings(text)).toEqual([["2022-01-10", "Geneva", "held"]]);
  });
});

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
});

describe("meetings dated outside the usual frame", () => {
  it("reads 'who reached Port Vila yesterday evening' as an arrival, no meeting of that day", () => {
    const text = article(
      "2023-08-23",
      "Leaders gathered for the meeting, among them Prime Minister James Kope, who reached Port Vila yesterday evening.",
    ).replace("Test headline", "Leaders meet in Port Vila");
    expect(meetings(text).map((m) => m[0])).not.toContain("2023-08-22");
    const tonight = article(
      "2023-03-21",
      "The president will reach Brussels tonight ahead of the European Council meeting.",
    ).replace("Test headline", "President heads to Brussels for meetings");
    expect(meetings(tonight).map((m) => m[0])).not.toContain("2023-03-21");
  });

  it("takes no meeting from something else that resumes ('allowed grain exports to resume'), but from talks that do", () => {
    const exports = article(
      "2022-08-16",
      "On Friday the three will visit the port of Odesa, where a deal has allowed grain exports to resume.",
    ).replace("Test headline", "Leaders to meet in Lviv");
    expect(meetings(exports)).toEqual([]);
    const talks = article(
      "2019-01-15",
      "The peace talks regarding the Central African Republic (CAR) will resume in Khartoum on Jan. 24.",
    );
    expect(meetings(talks)).toEqual([["2019-01-24", "Khartoum", "scheduled"]]);
  });

  it("dates no meeting by the day of a cleft report ('It was on Friday that the State Department announced')", () => {
    const text = article(
      "2019-05-13",
      "It was on Friday that the State Department announced that Pompeo would meet Putin in Sochi on Tuesday.",
    );
    expect(meetings(text)).toEqual([["2019-05-14", "Sochi", "scheduled"]]);
  });

  it("reads a welcome at the airport as the arrival, no meeting", () => {
    const text = article(
      "2024-04-19",
      "On April 18, the Kyrgyz President was welcomed by President Arman Seitov at the Airport of Astana.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("dates a meeting by 'the Sept. 14 meeting' although a phone call was about it", () => {
    const text = article(
      "2020-06-04",
      "Chancellor Angela Merkel talked by phone with President Xi Jinping about the Sept. 14 meeting, which was to take place in the German city of Leipzig.",
    );
    expect(meetings(text).map((m) => m.slice(0, 2))).toEqual([["2020-09-14", "Leipzig"]]);
  });

  it("reads talks 'launched Wednesday' as a meeting, not a missile launch", () => {
    const text = article(
      "2015-01-22",
      "Historic talks in Havana were launched Wednesday by US and Cuban officials.",
    );
    expect(meetings(text)).toEqual([["2015-01-21", "Havana", "held"]]);
  });

  it("does not date a meeting by 'elections would be held on Dec. 10'", () => {
    const text = article(
      "2018-10-05",
      "At a conference in Paris in May, Libyan leaders announced that elections would be held on Dec. 10.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("takes no day from 'the 21st-Century' and reads 'the last day of August'", () => {
    const text = article(
      "2016-08-08",
      "The 21st-Century Peace Conference will open on the last day of August in the capital Naypyidaw.",
    );
    expect(meetings(text)).toEqual([["2016-08-31", "Naypyidaw", "scheduled"]]);
  });

  it("reads 'put their signatures to' an accord as a signing", () => {
    const text = article(
      "2019-08-07",
      "In Maputo on Tuesday the two leaders put their signatures to a peace accord.",
    );
    expect(meetings(text)).toEqual([["2019-08-06", "Maputo", "held"]]);
  });

  it("dates no meeting 'around Jan. 21', but keeps the day of one 'around noon on Friday'", () => {
    const around = article(
      "2019-01-13",
      "Talks between the prime minister and the president are scheduled in Moscow around Jan. 21.",
    );
    expect(meetings(around)).toEqual([]);
    const noon = article(
      "2021-08-15",
      "Arriving in Buenos Aires around noon on Friday, the president met the ambassador in Buenos Aires.",
    );
    expect(meetings(noon)).toEqual([["2021-08-13", "Buenos Aires", "held"]]);
  });

  it("counts a readout's weekdays on from a weekday stated with its day ('Monday evening, 1 April … On Tuesday morning')", () => {
    const text = article(
      "2019-04-16",
      "The Secretary-General reached Cairo early on Monday evening, 1 April.",
      "On Tuesday morning, the Secretary-General held talks with the Grand Imam at the mosque in Cairo.",
    );
    expect(meetings(text)).toEqual([["2019-04-02", "Cairo", "held"]]);
  });

  it("reads 'sit down with' as a meeting and a date after 'U.S. counterpart, James Dehart,' by the verb before them", () => {
    const text = article(
      "2019-10-18",
      "Seoul's top negotiator is to sit down with his U.S. counterpart, James Dehart, in Honolulu on Wednesday and Thursday.",
    );
    expect(meetings(text)).toEqual([["2019-10-23", "Honolulu", "scheduled"]]);
  });

  it("keeps a meeting's day when a participle after it speaks of the report ('scheduled for February 27, speaking on Wednesday while being in Doha')", () => {
    const text = article(
      "2025-02-27",
      "ISTANBUL, February 27. /TASS/. Russian and US delegations will sit down in Istanbul to talk about the embassies.",
      "It was the minister who announced the meeting scheduled for February 27, speaking on Wednesday while being in Doha.",
    );
    expect(meetings(text)).toEqual([["2025-02-27", "Istanbul", "held"]]);
  });

  it("takes 'X is where the meeting is due to be held on December 4' as X's meeting", () => {
    const text = article(
      "2016-10-25",
      "Amritsar is where the conference’s ministerial meeting is due to be held on December 4.",
    );
    expect(meetings(text)).toEqual([["2016-12-04", "Amritsar", "scheduled"]]);
  });

  it("gives a date that opens its sentence to the first event after it ('On Friday evening there was a rally')", () => {
    const text = article(
      "2019-11-23",
      "On Friday evening there was also a rally urging the two leaders to restart negotiations at the meeting in Berlin.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("reads a meeting a quotation dates and places itself", () => {
    const text = article(
      "2019-01-15",
      "“The community supports the talks, as was voiced in the high-level meeting, held in Bangui on Jan. 8 and 9,” the ministry said.",
    );
    expect(meetings(text)).toEqual([["2019-01-08", "Bangui", "held"]]);
  });

  it("dates a meeting by a date beside a city the article names as its venue ('tomorrow in Ohrid')", () => {
    const text = article(
      "2023-03-17",
      "Borrell voiced hope that the two sides will reach agreement tomorrow in Ohrid.",
      "Borrell noted that at the meeting in Ohrid, concrete steps must be identified.",
    );
    expect(meetings(text)).toEqual([["2023-03-18", "Ohrid", "scheduled"]]);
  });
});

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
});

describe("single quotation marks", () => {
  it("reads quotations in guillemets, with their speaker ('«Today our talks were fruitful», Minister X said')", () => {
    const text = article(
      "2019-10-09",
      "«Today our negotiations were substantial and fruitful», Foreign Minister Ana Ruiz said after the talks in Astana.",
      "For his part, Omar Diaz stressed the plan, «including the forum in Omsk in November».",
    );
    const quotes = extractArticle(text).quotes.map((q) => [q.text, q.speaker]);
    expect(quotes).toEqual([
      ["Today our negotiations were substantial and fruitful", "Ana Ruiz"],
      ["including the forum in Omsk in November", "Omar Diaz"],
    ]);
  });

  it("reads quotations in single marks when the report has no double-marked one, apostrophes aside", () => {
    const text = article(
      "2025-04-26",
      "The statement said the talks dealt with 'the need for urgent action to deliver aid to the Strip's citizens.'",
      "'Israel only reacts to offers passed on by the mediators,' the source said.",
      "Trump said he had told Netanyahu, 'We've got to be good to Gaza.'",
    );
    expect(extractArticle(text).quotes.map((q) => q.text)).toEqual([
      "the need for urgent action to deliver aid to the Strip's citizens.",
      "Israel only reacts to offers passed on by the mediators,",
      "We've got to be good to Gaza.",
    ]);
  });

  it("leaves single marks alone when the report quotes with double marks", () => {
    const text = article(
      "2025-04-26",
      "He said: “The plan is 'dead', and we move on.” The minister's office agreed.",
    );
    expect(extractArticle(text).quotes.map((q) => q.text)).toEqual(["The plan is 'dead', and we move on."]);
  });
});

describe("people, roles and affiliations", () => {
  it("finds a person after 'the President of the European Council, Mr', speaking for the EU, and no one in 'H. E.'", () => {
    const text = article(
      "2023-03-21",
      "He met the President of the European Council, Mr Charles Michel, on Monday.",
      "The President, H. E. Evaristo Carvalho, received the delegation.",
    );
    expect(names(text)).toEqual(["Charles Michel", "Evaristo Carvalho"]);
    expect(person(text, "Charles Michel")).toEqual(["President", "European Union"]);
  });

  it("takes no portfolio of a long title for a name ('Minister of Maritime Affairs and Investment Luhut Pandjaitan')", () => {
    const text = article(
      "2020-01-10",
      "The minister is also due to meet Coordinating Minister of Maritime Affairs and Investment Luhut Pandjaitan in Jakarta.",
      "Baroness Patricia Scotland, the Commonwealth Secretary General, met His Royal Highness Crown Prince Salman on Monday.",
    );
    expect(names(text)).toEqual(["Luhut Pandjaitan", "Patricia Scotland", "Salman"]);
  });

  it("gives a counterpart named without a comma the other's role and its own state ('met his Russian counterpart Vladimir Putin')", () => {
    const text = article(
      "2022-07-22",
      "Turkish President Recep Tayyip Erdoğan met his Russian counterpart Vladimir Putin in Tehran.",
    );
    expect(person(text, "Vladimir Putin")).toEqual(["President", "Russia"]);
  });

  it("gives each name after a plural title that title ('Presidents Joe Biden and Vladimir Putin', 'Foreign Ministers A and B')", () => {
    const text = article(
      "2022-01-10",
      "The dialogue was launched by Presidents Joe Biden and Vladimir Putin at a June summit.",
      "Foreign Ministers Ana Ruiz and Omar Diaz met on Monday.",
    );
    expect(person(text, "Vladimir Putin")?.[0]).toBe("President");
    expect(person(text, "Omar Diaz")?.[0]).toBe("Foreign Minister");
  });

  it("takes no portfolio, city or time for a side, and reads a possessive group or a state with 'and' in its name", () => {
    const text = article(
      "2022-07-22",
      "Assistant Secretary for East Asian and Pacific Affairs Daniel Kritenbrink joined the talks.",
      "Russia s ambassador to the UN in Vienna Mikhail Ulyanov said the talks would go on.",
      "Late Tuesday Donald Trump met the envoy.",
      "Al Jazeera’s Osama bin Javaid, reporting from Doha, said the talks went on.",
      "The chairman, Prime Minister of St Kitts and Nevis Dr Timothy Harris, was not invited.",
      "Pablo Beltran, the head of the ELN’s delegation, said it would return.",
    );
    expect(person(text, "Daniel Kritenbrink")?.[1]).toBeNull();
    expect(person(text, "Mikhail Ulyanov")?.[1]).toBeNull();
    expect(person(text, "Donald Trump")?.[1]).toBeNull();
    expect(person(text, "Osama bin Javaid")?.[1]).toBe("Al Jazeera");
    expect(person(text, "Timothy Harris")).toEqual(["Prime Minister", "Saint Kitts and Nevis"]);
    expect(person(text, "Pablo Beltran")?.[1]).toBe("ELN");
  });

  it("keeps 'of the <body>' in a title ('President of the Parliament') but reads 'of the FARC' as the side", () => {
    const text = article(
      "2022-03-14",
      "Talat Xhaferi, President of the Parliament, received the delegation.",
      "Abdullah Abdullah, Head of the High Council for National Reconciliation, said talks would go on.",
      "Rodrigo Londono, leader of the FARC, signed the deal.",
      "Sadyr Japarov, President of the Kyrgyz Republic, attended.",
    );
    expect(person(text, "Talat Xhaferi")).toEqual(["President of the Parliament", null]);
    expect(person(text, "Abdullah Abdullah")?.[0]).toBe(
      "Head of the High Council for National Reconciliation",
    );
    expect(person(text, "Rodrigo Londono")).toEqual(["Leader", "FARC"]);
    expect(person(text, "Sadyr Japarov")?.[0]).toBe("President");
  });

  it("reads 'then president' without a hyphen as a former office", () => {
    const text = article(
      "2022-07-22",
      "The deal collapsed in 2018, when then president Donald Trump withdrew from it.",
    );
    expect(person(text, "Donald Trump")?.[0]).toBe("Former President");
  });

  it("takes no person from a preposition before a city ('Across Jeddah, the flags …')", () => {
    const text = article(
      "2023-05-18",
      "Mr Ana Ruiz would travel to Jeddah to take part in the summit on Friday.",
      "Across Jeddah, the flags of the member states have been put up, an official said.",
      "The road would be shut on Thursday and Friday as a precaution while the heads of state arrived for the summit.",
    );
    expect(names(text)).not.toContain("Across Jeddah");
    expect(meetings(text)).toEqual([["2023-05-19", "Jeddah", "scheduled"]]);
  });

  it("keeps a religious honorific out of a name and a side ('Maulvi Amir Khan Muttaqi', ', Haji Nooruddin Azizi,')", () => {
    const text = article(
      "2023-05-05",
      "A visit by Afghan Acting Foreign Minister Maulvi Amir Khan Muttaqi was announced on Thursday.",
      "His delegation includes the Minister for Commerce, Haji Nooruddin Azizi, and senior officials.",
    );
    expect(names(text)).toEqual(["Amir Khan Muttaqi", "Nooruddin Azizi"]);
    expect(person(text, "Nooruddin Azizi")?.[1]).toBeNull();
  });

  it("keeps a portfolio's last word out of the name after it, and finds no person in a mountain or a basin", () => {
    const text = article(
      "2017-05-01",
      "The delegation includes the Minister of Public Works and Transport Bounchanh Sinthavong, who arrived on Monday.",
      "Red Cross talks will be held at Mount Kumgang, the officials said.",
      "The Nile Basin countries said they would meet again.",
    );
    expect(names(text)).toEqual(["Bounchanh Sinthavong"]);
  });

  it("knows a person by surname alone when he 'declared' a quotation, and no person in 'Open Balkan'", () => {
    const text = article(
      "2021-07-29",
      "Rama, Vucic and Zaev also chose a new name, Open Balkan, for the initiative.",
      "“Together we can make things better than alone”, Vucic declared.",
    );
    expect(names(text)).toContain("Vucic");
    expect(names(text)).not.toContain("Open Balkan");
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual(["Vucic"]);
  });

  it("keeps a sentence opener out of a title ('But Colonel Ali Rahimi said')", () => {
    const text = article("2023-05-06", "But Colonel Ali Rahimi said the truce was holding.");
    expect(person(text, "Ali Rahimi")?.[0]).toBe("Colonel");
  });

  it("finds a person named only by title and surname ('a working dinner with Chancellor Merkel')", () => {
    const text = article(
      "2016-07-20",
      "The Prime Minister will fly to Berlin for a working dinner with Chancellor Merkel, followed by talks with President Hollande.",
    );
    expect(names(text)).toEqual(["Merkel", "Hollande"]);
  });

  it("does not add a titled surname for someone named in full ('President Sisi' beside 'Abdel Fattah El-Sisi')", () => {
    const text = article(
      "2025-06-27",
      "The meeting with President Sisi of Egypt was planned.",
      "Egyptian President Abdel Fattah El-Sisi attended the summit.",
    );
    expect(names(text)).toEqual(["Abdel Fattah El-Sisi"]);
  });

  it("keeps 'Jr.' and a surname that is a month ('Theresa May') in names, and 'Whether' out of them", () => {
    const text = article(
      "2023-10-31",
      "President Ferdinand Marcos Jr. will receive the visitor on Friday.",
      "Prime Minister Theresa May will go to Berlin.",
      "Whether Kim Jong Un would attend was unclear, Kim Jong Un said.",
    );
    expect(names(text)).toEqual(["Ferdinand Marcos Jr.", "Theresa May", "Kim Jong Un"]);
  });

  it("reads 'Taoiseach' as a title, the state it names being Ireland", () => {
    const text = article(
      "2019-09-08",
      "Taoiseach Leo Varadkar said the meeting tomorrow is not a high stakes meeting.",
    );
    expect(person(text, "Leo Varadkar")).toEqual(["Taoiseach", "Ireland"]);
  });

  it("keeps honorifics and the title's own words out of role and affiliation", () => {
    const text = article(
      "2023-10-29",
      "Minister for Foreign Affairs Dr Vivian Balakrishnan met the envoy.",
      "Mohamed Hacen El Lebatt, Chief of Staff, said the visit was useful.",
    );
    expect(person(text, "Vivian Balakrishnan")).toEqual(["Minister for Foreign Affairs", null]);
    expect(person(text, "Mohamed Hacen El Lebatt")).toEqual(["Chief of Staff", null]);
  });

  it("knows the nationality adjectives of every state from world-countries ('Gambian President')", () => {
    const text = article(
      "2017-01-14",
      "Gambian President Yahya Jammeh met the mediators in Banjul on Friday.",
    );
    expect(person(text, "Yahya Jammeh")).toEqual(["President", "Gambia"]);
  });

  it("reads initials inside and before a name, and an acronym title before a later mention", () => {
    const text = article(
      "2024-10-03",
      "External Affairs Minister (EAM) S. Jaishankar met Governor Lemanu P.S. Mauga on Friday.",
      "EAM Jaishankar said the talks were useful.",
    );
    expect(names(text)).toEqual(["S. Jaishankar", "Lemanu P.S. Mauga"]);
  });

  it("finds no person in a country's name, an institution after 'the', or one that 'which' follows", () => {
    const text = article(
      "2017-11-20",
      "The talks brought together the president of the region and the prime minister of Papua New Guinea.",
      "A representative of the International Committee of the Red Cross briefed the mediators.",
      "A joint statement will follow, said Wisma Putra, which added that the leaders met on Monday.",
    );
    expect(names(text)).toEqual([]);
  });

  it("keeps 'First Lady' and 'Cardinal' out of the names they introduce", () => {
    const text = article(
      "2021-08-15",
      "First Lady Fabiola Yáñez and Cardinal Pietro Parolin attended the dinner.",
    );
    expect(names(text)).toEqual(["Fabiola Yáñez", "Pietro Parolin"]);
  });

  it("reads 'diplomat' and 'top diplomat' as titles ('top Chinese diplomat Yang Jiechi')", () => {
    const text = article(
      "2019-05-17",
      "Abe told top Chinese diplomat Yang Jiechi that ties were back on track.",
      "In reply, Yang said he sees “new momentum” for relations.",
    );
    expect(person(text, "Yang Jiechi")).toEqual(["Diplomat", "China"]);
    expect(extractArticle(text).quotes.map((q) => q.speaker)).toEqual(["Yang Jiechi"]);
  });

  it("takes the head of a list after 'among them' for a person, and 'Presidential Administration' for no name", () => {
    const text = article(
      "2025-04-26",
      "The delegation included other key leaders, among them Khaled Meshaal.",
      "Deputy Head of the Presidential Administration Dmitry Kozak will travel to Paris.",
    );
    expect(names(text)).toEqual(["Khaled Meshaal", "Dmitry Kozak"]);
  });

  it("lists a person the report names by surname alone, when that surname speaks and recurs", () => {
    const text = article(
      "2018-06-17",
      "The two prime ministers met at the lake. Tsipras said the deal would last.",
      "Zaev said the agreement was historic, and Tsipras added that work lay ahead.",
      "Telegram said nothing. Zaev welcomed the guests.",
    );
    expect(names(text)).toEqual(["Tsipras", "Zaev"]);
  });

  it("takes a name with a title in apposition after it for a person, and 'Sultan' for a title", () => {
    const text = article(
      "2022-05-16",
      "The secretary was received on Monday by Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation.",
      "The talks were held between the Sultan of Brunei Sultan Hassanal Bolkiah and the prime minister.",
    );
    expect(names(text)).toEqual(["Abdullah bin Zayed Al Nahyan", "Hassanal Bolkiah"]);
  });

  it("does not take a city after 'in' for the first name of a person", () => {
    const text = article(
      "2021-11-28",
      "Russia's ambassador to the UN in Vienna Mikhail Ulyanov said informal meetings were expected.",
    );
    expect(names(text)).toEqual(["Mikhail Ulyanov"]);
  });

  it("keeps a middle initial inside the name", () => {
    const text = article(
      "2023-09-30",
      "Homeland Security Secretary Alejandro N. Mayorkas and Attorney General Merrick B. Garland will travel with him.",
    );
    expect(names(text)).toEqual(["Alejandro N. Mayorkas", "Merrick B. Garland"]);
  });

  it("drops Malay honorifics and party adjectives from names", () => {
    const text = article(
      "2025-05-22",
      "Prime Minister Datuk Seri Anwar Ibrahim said the summit would open on Monday.",
      "Democratic Senator Patrick Leahy said the visit was overdue.",
    );
    expect(names(text)).toEqual(["Anwar Ibrahim", "Patrick Leahy"]);
  });

  it("gives a principal's affiliation to the holder of his office", () => {
    const text = article(
      "2018-06-28",
      "U.S. President Donald Trump will meet Putin in Helsinki.",
      "The announcement comes after Trump's National Security Adviser John Bolton held talks in Moscow.",
    );
    expect(person(text, "John Bolton")).toEqual(["National Security Adviser", "United States"]);
  });

  it("keeps a spokesperson's office in the title, as the gold conventions keep 'CIA Director'", () => {
    const text = article(
      "2022-01-26",
      "Russian Foreign Ministry spokeswoman Maria Zakharova said the answer would come soon.",
      "Macedonian President Stevo Pendarovski welcomed the envoy.",
    );
    expect(person(text, "Maria Zakharova")).toEqual(["Foreign Ministry Spokeswoman", "Russia"]);
    expect(person(text, "Stevo Pendarovski")).toEqual(["President", "North Macedonia"]);
  });

  it("knows offices only one state or body has", () => {
    const text = article("2019-05-14", "Secretary of State Mike Pompeo said the talks had been useful.");
    expect(person(text, "Mike Pompeo")).toEqual(["Secretary of State", "United States"]);
  });

  it("reads a lower-case title of several words whole", () => {
    const text = article(
      "2023-03-19",
      "The leaders reached a deal, according to the bloc's foreign policy chief Josep Borrell.",
    );
    expect(person(text, "Josep Borrell")).toEqual(["Foreign Policy Chief", "European Union"]);
  });
});
