// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): venues. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { findPlaces } from "../../../src/extract/mentions/places.js";
import { article, meetings } from "../helpers.js";

describe("venues", () => {
  it("reads a city's possessive before a building it holds as the venue ('met on Monday at Geneva's Palais des Nations')", () => {
    // 2024-05-13 is a Monday.
    const text = article("2024-05-13", "The delegations met on Monday at Geneva's Palais des Nations.");
    expect(meetings(text)).toEqual([["2024-05-13", "Geneva", "held"]]);
  });

  it("reads a town GeoNames knows, named after 'resort of', as the venue in the state the article names, not a person who 'is likely'", () => {
    // 2021-09-13 is a Monday.
    const text = article(
      "2021-09-13",
      "Later on Monday, Israeli Prime Minister Avi Cohen is to sit down with Egyptian President Omar Said in the Red Sea resort of Sharm el-Sheikh.",
      "The most recent Israeli prime minister to pay an official visit to Egypt did so in 2011, when he met Hosni Farouk.",
      "According to correspondents, the meeting in Sharm el-Sheikh is likely to be dominated by Gaza.",
    );
    expect(meetings(text)).toEqual([["2021-09-13", "Sharm el-Sheikh", "held"]]);
    expect(extractArticle(text).people.map((p) => p.name)).not.toContain("Sharm el-Sheikh");
  });

  it("does not give a date inside an opening 'Ahead of' phrase the main clause's place ('Ahead of the round slated for October 12-13, the co-chairs held meetings in Tbilisi')", () => {
    const text = article(
      "2021-09-24",
      "Ahead of the 54th round slated for October 12-13, the co-chairs of the discussions held meetings in Tbilisi.",
    );
    expect(meetings(text)).not.toContainEqual(["2021-10-12", "Tbilisi", "scheduled"]);
  });

  it("reads a town before 'resort town' as the venue ('at the Cholpon-Ata resort town')", () => {
    const text = article(
      "2022-07-05",
      "On July 21, the five presidents will convene for their fourth consultative meeting in Kyrgyzstan, at the Cholpon-Ata resort town on the shore of the lake.",
    ).replace("Test headline", "Central Asian presidents to gather in Cholpon-Ata");
    expect(meetings(text)).toEqual([["2022-07-21", "Cholpon-Ata", "scheduled"]]);
  });

  it("knows a town under the gazetteer's floor named as a place when the article names its country ('talks in Sharm el-Sheikh', 'at Nusa Dua')", () => {
    const text = article(
      "2023-08-28",
      "Delegations from Egypt and Sudan sat down on Sunday for a new round of talks in El Alamein.",
    );
    expect(meetings(text)).toEqual([["2023-08-27", "El Alamein", "held"]]);
    expect(
      findPlaces("The Indonesian minister met her counterpart at Nusa Dua on Tuesday.", 0, []).map(
        (p) => `${p.city}, ${p.country}`,
      ),
    ).toEqual(["Nusa Dua, Indonesia"]);
  });

  it("takes no small town the article gives no country for, nor an institution GeoNames lists as a town ('in Congress')", () => {
    expect(findPlaces("The two delegations met at Nusa Dua on Tuesday.", 0, [])).toEqual([]);
    expect(findPlaces("The United States said the bill stalled in Congress on Monday.", 0, [])).toEqual([]);
    expect(
      findPlaces("The envoys met in Washington DC, the United States said.", 0, []).map((p) => p.city),
    ).not.toContain("Washington DC");
  });

  it("finds a city written with marks the gazetteer's name lacks ('Malé')", () => {
    expect(findPlaces("The ministers met in Malé on Monday.", 0, []).map((p) => p.city)).toEqual(["Malé"]);
  });

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

  it("takes a city after a state's possessive as the venue ('in Russia's Kazan', 'in Switzerland's Geneva')", () => {
    const text = article(
      "2024-10-23",
      "On the sidelines of the summit in Russia's Kazan, the two leaders held their first face-to-face meeting.",
      "The encounter took place on Wednesday.",
    );
    expect(meetings(text)).toEqual([["2024-10-23", "Kazan", "held"]]);
    // (A possessive that is no state's names no venue: "in Putin's Sochi residence" is the city named, not placed.)
    const placed = (t: string) =>
      findPlaces(t, 0, [])
        .filter((p) => p.venue)
        .map((p) => p.city);
    expect(placed("They met in Russia's Sochi.")).toEqual(["Sochi"]);
    expect(placed("They met at Putin's Sochi residence.")).toEqual([]);
  });

  it("reads place names with lower-case particles whole ('Dar es Salaam', 'Ras al-Khaimah', 'Sharm el-Sheikh')", () => {
    const placed = (t: string) => findPlaces(t, 0, []).map((p) => p.city);
    expect(placed("They met in Dar es Salaam, then in Ras al-Khaimah and in Deir ez-Zor.")).toEqual([
      "Dar es Salaam",
      "Ras al-Khaimah",
      "Deir ez-Zor",
    ]);
    const text = article(
      "2023-03-19",
      "The one-day meeting began on Sunday in the Egyptian resort city of Sharm el-Sheikh.",
    );
    expect(meetings(text)).toEqual([["2023-03-19", "Sharm el-Sheikh", "held"]]);
  });

  it("takes the venue of a neighbour that places the talks 'next week' for a day of the coming week ('sit down bilaterally with')", () => {
    const text = article(
      "2021-06-17",
      "Talks between the envoys will be held in Seoul next week, the ministry said Thursday.",
      "On Monday the envoy is scheduled to sit down bilaterally with his counterpart.",
    );
    expect(meetings(text)).toEqual([["2021-06-21", "Seoul", "scheduled"]]);
    // (A coarse time behind the report still speaks of another meeting.)
    const past = article(
      "2021-06-17",
      "The last talks between the envoys were held in Seoul last month.",
      "On Monday the envoy is scheduled to sit down with his counterpart.",
    );
    expect(meetings(past)).toEqual([]);
  });

  it("ends a city's name at a day or month written right after it ('In Ankara Thursday, … met')", () => {
    const text = article(
      "2017-11-17",
      "In Ankara Thursday, Foreign Minister Ali Demir met his Lebanese counterpart.",
    );
    expect(meetings(text)).toEqual([["2017-11-16", "Ankara", "held"]]);
  });

  it("leaves a place followed by a coarse time to that earlier meeting ('after they had met in Vancouver last week')", () => {
    const text = article(
      "2018-01-22",
      "The two ministers met in London today.",
      "Today’s meeting came after the two ministers had met in Vancouver last week.",
    );
    expect(meetings(text)).toEqual([["2018-01-22", "London", "held"]]);
  });

  it("reads a place the report only describes by its state ('in an Egyptian resort') with the resort it names there", () => {
    const text = article(
      "2025-10-06",
      "Israeli and Hamas officials are meeting in an Egyptian resort on Monday, hoping to end the war in Gaza.",
      "The Red Sea resort of Sharm el-Sheikh will host the indirect negotiations, and the Israeli delegation is set to arrive on Monday.",
    );
    expect(meetings(text)).toEqual([["2025-10-06", "Sharm el-Sheikh", "held"]]);
  });

  it("takes talks named after a place but held in another as about that place ('Gaza talks go on in Sharm el-Sheikh')", () => {
    const placed = (t: string) =>
      findPlaces(t, 0, [])
        .filter((p) => p.venue)
        .map((p) => p.city);
    expect(placed("Gaza talks go on in Cairo")).toEqual(["Cairo"]);
    expect(placed("Geneva talks resume")).toEqual(["Geneva"]);
    // (Nor is the place of a war the talks are about a venue; a ceasefire is signed somewhere.)
    expect(placed("They discussed the war in Gaza")).toEqual([]);
    expect(placed("The rival sides signed a ceasefire in Geneva")).toEqual(["Geneva"]);
  });

  it("reads 'Washington D.C.' and 'Washington DC' as Washington, the district's letters being no longer name", () => {
    expect(
      meetings(
        article(
          "2019-11-07",
          "The foreign ministers met Wednesday in Washington D.C. with the Treasury Secretary.",
        ),
      ),
    ).toEqual([["2019-11-06", "Washington", "held"]]);
    expect(meetings(article("2019-11-07", "The envoys will meet in Washington DC on Monday."))).toEqual([
      ["2019-11-11", "Washington", "scheduled"],
    ]);
  });

  it("reads 'in the national capital' with no state named as the capital the report last named (its dateline's), not a capital with its own name after it", () => {
    const text = ` date 2025-08-04 Visit begins\n\nNew Delhi [India], August 4 (ANI): Chilean President Mateo Rojas was met by the foreign minister on Monday in the national capital, at the start of a state visit to the country.\n\n“Delighted to welcome him this evening in Delhi,” the minister said.\n`;
    expect(meetings(text)).toEqual([["2025-08-04", "New Delhi", "held"]]);
    const named = article(
      "2025-08-04",
      "The president of Nepal arrived in Kathmandu on Sunday.",
      "He met the minister on Monday in the capital Lima.",
    );
    expect(meetings(named).map((m) => m[1])).not.toContain("Kathmandu");
  });

  it("reads a palace named like a town of a state the report never names as a building, not a city ('the Bayan Palace' in a report of Kuwait), but keeps a town whose state it names", () => {
    const cities = (text: string) => findPlaces(text, 0, []).map((p) => p.city);
    expect(
      cities("Kuwait’s Crown Prince received the Saudi foreign minister at the Bayan Palace."),
    ).not.toContain("Bayan");
    expect(cities("The Chinese envoy met local leaders at the Bayan Palace.")).toContain("Bayan");
  });
  it("borrows no neighbour's venue for a sentence that names places of its own in another country ('Her next stop will be Tashkent, Uzbekistan, where on October 4 …')", () => {
    const text = article(
      "2021-09-27",
      "The deputy secretary will also go to Bern, where she will inaugurate the strategic partnership dialogue.",
      "Her next stop will be Tashkent, Uzbekistan, where on October 4 she will hold meetings with senior officials.",
    );
    expect(meetings(text).filter((m) => m[0] === "2021-10-04" && m[1] === "Bern")).toEqual([]);
  });

  it("still borrows the neighbour's venue when the sentence's other place is a later stop ('…, before he flew on to Seoul')", () => {
    const text = article(
      "2018-10-08",
      "The secretary of state held talks with the leader in Pyongyang, officials said.",
      "In the North's capital, the secretary met with the leader on Sunday morning for two hours of talks, before he flew on to Seoul.",
    );
    expect(meetings(text)).toContainEqual(["2018-10-07", "Pyongyang", "held"]);
  });
  it("reads the city before a suburb or a hotel as the venue ('took place in a Geneva suburb')", () => {
    const text = article(
      "2016-03-17",
      "On December 14, 2012, the envoys' first meeting took place in a Geneva suburb.",
    );
    expect(meetings(text)).toEqual([["2012-12-14", "Geneva", "held"]]);
  });
  it("still borrows the neighbour's venue when the sentence's other place is a topic ('to end the war in Gaza')", () => {
    const text = article(
      "2025-10-09",
      "Israel and the militant group Hamas signed an agreement on Thursday (Oct 9) to stop fighting, the first phase of an initiative to end the war in Gaza.",
      "Officials on both sides confirmed that they had signed the deal after indirect talks in the Egyptian beach resort of Sharm el-Sheikh.",
    );
    expect(meetings(text)).toEqual([["2025-10-09", "Sharm el-Sheikh", "held"]]);
  });
  it("takes the town of a state named close by over a bigger namesake elsewhere ('in Windsor, … west of London'), but keeps a seat like Geneva", () => {
    const windsor = extractArticle(
      article(
        "2023-02-28",
        "On Monday the two leaders met in Windsor, about 20 miles west of London, to settle the dispute.",
      ),
    );
    expect(windsor.meetings.map((m) => [m.city, m.country])).toEqual([["Windsor", "United Kingdom"]]);
    const geneva = extractArticle(
      article("2022-01-21", "On Friday US and Russian diplomats met in Geneva for talks on Ukraine."),
    );
    expect(geneva.meetings.map((m) => [m.city, m.country])).toEqual([["Geneva", "Switzerland"]]);
  });
  it("places a meeting dated in a sentence that names only the visited country at the headline's venue in that country", () => {
    const text = [
      " date 2021-05-13 Georgian and Armenian prime ministers hold talks in Yerevan",
      "",
      "Prime Minister of Georgia Irakli Kobakhidze, who is on an official visit to Armenia, held a meeting yesterday with Armenian Prime Minister Nikol Pashinyan.",
      "",
    ].join("\n");
    expect(meetings(text)).toEqual([["2021-05-12", "Yerevan", "held"]]);
  });
  it("lends no meeting the place a person was in when announcing it ('X, who was in Doha on Wednesday, announced the meeting scheduled for February 27')", () => {
    const text = article(
      "2025-02-27",
      "Foreign Minister Pavel Orlov, who was in Doha on Wednesday, announced the meeting scheduled for February 27.",
    );
    expect(meetings(text)).toEqual([]);
  });
});
