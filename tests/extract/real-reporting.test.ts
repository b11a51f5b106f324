import { describe, expect, it } from "vitest";
import calibration from "../../src/extract/calibration.json" with { type: "json" };
import { confidenceOf } from "../../src/extract/confidence.js";
import { extractArticle } from "../../src/extract/index.js";
import { findDateline } from "../../src/extract/structure/dateline.js";
import { article } from "./helpers.js";

const meetings = (text: string) =>
  extractArticle(text).meetings.map((m) => [m.date, m.endDate, m.city, m.status, m.rule]);
const quotes = (text: string) => extractArticle(text).quotes.map((q) => [q.text, q.speaker]);

describe("datelines", () => {
  it.each([
    ["GENEVA (AP) — Officials met.", "GENEVA"],
    ["BEIJING, June 19 (Xinhua) -- Officials met.", "BEIJING"],
    ["BRUSSELS, January 12. /TASS/. Officials met.", "BRUSSELS"],
    ["Kabul, Feb 29 (Reuters) - Officials met.", "Kabul"],
    ["CAIRO – Officials met.", "CAIRO"],
  ])("reads the place of %s", (text, place) => {
    const d = findDateline(text, [{ start: 0, end: text.length }]);
    expect(d?.place && text.slice(d.place.start, d.place.end)).toBe(place);
  });

  it("does not take a sentence opening for a dateline", () => {
    const text = "Under Swiss police escort, the delegation arrived.";
    expect(findDateline(text, [{ start: 0, end: text.length }])).toBeNull();
  });
});

describe("meeting venues in real reporting", () => {
  it("takes the venue from the dateline when no sentence names one", () => {
    // 2022-01-21 is a Friday.
    const text = article(
      "2022-01-21",
      "GENEVA (Reuters) – The two ministers held talks on Friday without a breakthrough.",
    );
    expect(meetings(text)).toEqual([["2022-01-21", null, "Geneva", "held", "meeting:venue-dateline"]]);
  });

  it("prefers a venue named in the text to the dateline", () => {
    const text = article(
      "2023-05-06",
      "WASHINGTON – Army and paramilitary envoys will hold talks on Saturday in the Saudi city of Jeddah.",
    );
    expect(meetings(text).map((m) => m[2])).toEqual(["Jeddah"]);
  });

  it("reads a venue in apposition ('in Oman's capital Muscat')", () => {
    const text = article(
      "2025-04-12",
      "The two sides held talks in Oman's capital Muscat on Saturday afternoon.",
    );
    expect(meetings(text).map((m) => [m[0], m[2]])).toEqual([["2025-04-12", "Muscat"]]);
  });

  it("borrows the venue of an undated neighbouring sentence that describes the meeting", () => {
    const text = article(
      "2020-02-29",
      "The two sides signed a landmark agreement on Saturday.",
      "The signing took place in Qatar’s capital of Doha, witnesses said.",
    );
    expect(meetings(text).map((m) => [m[0], m[2], m[4]])).toEqual([
      ["2020-02-29", "Doha", "meeting:venue-nearby"],
    ]);
  });

  it("gives no borrowed venue to another, later round", () => {
    const text = article(
      "2025-04-12",
      "MUSCAT (AP) — Envoys held talks on Saturday.",
      "The next round of talks will be held next Saturday, the minister said.",
    );
    expect(meetings(text).map((m) => m[0])).toEqual(["2025-04-12"]);
  });
});

describe("dates that belong to reports, not meetings", () => {
  it("drops dates of reporting verbs, arrivals and quoted words", () => {
    // 2025-05-07 is a Wednesday.
    const text = article(
      "2025-05-07",
      "Negotiators will meet in Geneva on Saturday.",
      "The ministry said on Monday that talks in Vienna were possible.",
      "Kuleba on Tuesday said the talks in Antalya had brought nothing.",
      "The envoy arrived in Cairo on Tuesday.",
      "On Tuesday, he added before a committee in Rome, “we have not engaged in negotiations.”",
    );
    expect(meetings(text).map((m) => [m[0], m[2]])).toEqual([["2025-05-10", "Geneva"]]);
  });

  it("keeps an arrival that is for talks", () => {
    const text = article("2024-05-04", "A negotiating team arrived in Cairo on May 4 for stepped-up talks.");
    expect(meetings(text).map((m) => [m[0], m[2]])).toEqual([["2024-05-04", "Cairo"]]);
  });

  it("reads 'would start on Saturday' in a Saturday report as that day, and a coordinated weekday in its tense", () => {
    // 2022-01-10 is a Monday.
    const text = article(
      "2022-01-10",
      "Talks in Geneva are to be followed by a meeting in Brussels on Wednesday and by a session in Vienna on Thursday.",
    );
    expect(meetings(text).map((m) => [m[0], m[2], m[3]])).toEqual([
      ["2022-01-12", "Brussels", "scheduled"],
      ["2022-01-13", "Vienna", "scheduled"],
    ]);
  });
});

describe("quote attribution sieves", () => {
  it("gives a quote to the subject of the speech verb, not to a name inside the reported clause", () => {
    const text = article(
      "2022-11-01",
      "President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Sochi on Monday.",
      "President Vladimir Putin said his meeting with Aliyev was “very useful”.",
    );
    expect(quotes(text)).toEqual([["very useful", "Vladimir Putin"]]);
  });

  it("reads an appositive that is the name, and skips one that only mentions someone", () => {
    const text = article(
      "2015-02-08",
      "Chancellor Angela Merkel spoke to President Petro Poroshenko.",
      "Merkel’s spokesman, Steffen Seibert, characterised the conversation as “intensive.”",
      "İbrahim Kalın, a spokesman and adviser to Erdoğan, described the signing as “critical”.",
    );
    expect(quotes(text)).toEqual([
      ["intensive.", "Steffen Seibert"],
      ["critical", "İbrahim Kalın"],
    ]);
  });

  it("leaves a joint statement and an institution without a speaker", () => {
    const text = article(
      "2022-11-01",
      "President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Sochi on Monday.",
      "Aliyev and Pashinyan said in a statement that they “agreed to refrain from the use of force.”",
      "“It was agreed to continue the search for solutions,” the statement read.",
    );
    expect(quotes(text).map((q) => q[1])).toEqual([null, null]);
  });

  it("resolves 'he' to the last subject, not to the object of 'talks with'", () => {
    const text = article(
      "2023-03-17",
      "EU High Representative Josep Borrell voiced hope for an agreement.",
      "In Skopje, after talks with President Stevo Pendarovski, he expressed the hope that “the landscape will help”.",
    );
    expect(quotes(text)).toEqual([["the landscape will help", "Josep Borrell"]]);
  });
});

describe("confidence", () => {
  it("is each rule's measured precision from calibration.json, smoothed", () => {
    const rules = calibration.rules as Record<string, { predicted: number; matched: number }>;
    const [rule, counts] = Object.entries(rules)[0] ?? ["none", { predicted: 0, matched: 0 }];
    expect(confidenceOf(rule)).toBeCloseTo((counts.matched + 1) / (counts.predicted + 2), 3);
    expect(confidenceOf("no-such-rule")).toBe(0.5);
  });

  it("is carried by every extracted meeting, person and quote", () => {
    const e = extractArticle(
      article("2024-03-06", "Foreign Minister Ana Costa said Monday’s talks in Madrid were “useful.”"),
    );
    for (const item of [...e.meetings, ...e.people, ...e.quotes]) {
      expect(item.rule).toMatch(/^(?:meeting|person|quote):/);
      expect(item.confidence).toBe(confidenceOf(item.rule));
    }
  });
});

describe("dates that are not the meeting's, and stated statuses", () => {
  it("never dates a meeting by the dateline's own date, with or without a place", () => {
    // 2019-10-10 is a Thursday.
    const dated = article(
      "2019-10-10",
      "PRAGUE (Some Agency / Wire - 10th October, 2019) Mediators said the talks ended on Wednesday in Vienna.",
    );
    expect(meetings(dated).map((m) => m[0])).toEqual(["2019-10-09"]);
    const dateOnly = article(
      "2023-07-20",
      "July 20 (Agency) - His meeting with the premier in Oslo on July 15 brought nothing, the minister said.",
    );
    expect(meetings(dateOnly).map((m) => [m[0], m[2]])).toEqual([["2023-07-15", "Oslo"]]);
  });

  it("dates by the main verb of a sentence a date opens: a statement or an arrival is no meeting", () => {
    // 2023-05-14 is a Sunday.
    const text = article(
      "2023-05-14",
      "On Friday, however, the ministry announced that the president may skip the meeting in Vienna.",
      "Late Wednesday the foreign minister arrived in Ankara, ahead of a meeting with his counterpart.",
    );
    expect(meetings(text)).toEqual([]);
  });

  it("reads the tense of the main clause after an opening date phrase and across 'Washington, DC'", () => {
    // 2022-03-08 is a Tuesday; 2020-02-26 a Wednesday.
    const opening = article(
      "2022-03-08",
      "At the meeting Thursday morning, the two ministers will be joined by their host in Antalya.",
    );
    expect(meetings(opening).map((m) => [m[0], m[3]])).toEqual([["2022-03-10", "scheduled"]]);
    const comma = article(
      "2020-02-26",
      "The ministry said the delegation will skip the talks in Washington, DC on Thursday and Friday.",
    );
    expect(meetings(comma).map((m) => [m[0], m[1]])).toEqual([["2020-02-27", "2020-02-28"]]);
  });

  it("takes a country as the venue only through a city of it the article names, else abstains", () => {
    const named = article(
      "2023-05-14",
      "The leaders met in Brussels on Sunday and will meet again on June 1 in Moldova.",
      "The summit in Chisinau will gather forty leaders.",
    );
    expect(meetings(named).map((m) => [m[0], m[2], m[4]])).toEqual([
      ["2023-05-14", "Brussels", "meeting:venue-sentence"],
      ["2023-06-01", "Chisinau", "meeting:venue-country"],
    ]);
    const unnamed = article(
      "2023-05-14",
      "The leaders met in Brussels on Sunday and will meet again on June 1 in Moldova.",
    );
    expect(meetings(unnamed).map((m) => m[2])).toEqual(["Brussels"]);
  });

  it("marks a meeting postponed or cancelled when the report says so, and the new date as scheduled", () => {
    // 2022-03-02 is a Wednesday.
    const postponed = article(
      "2022-03-02",
      "The second round of talks in Minsk, expected this evening, has been postponed until tomorrow.",
    );
    expect(meetings(postponed).map((m) => [m[0], m[3]])).toEqual([
      ["2022-03-02", "postponed"],
      ["2022-03-03", "scheduled"],
    ]);
    const cancelled = article(
      "2022-06-06",
      "The minister's visit to Belgrade, scheduled for 6-7 June, was canceled, officials said on Monday.",
    );
    expect(meetings(cancelled).map((m) => [m[0], m[1], m[2], m[3]])).toEqual([
      ["2022-06-06", "2022-06-07", "Belgrade", "cancelled"],
    ]);
    const denied = article("2022-06-06", "The talks in Oslo on Friday were not cancelled, officials said.");
    expect(meetings(denied).map((m) => m[3])).toEqual(["held"]);
  });

  it("does not take a government meeting or the start of a war for talks", () => {
    const text = article(
      "2022-03-11",
      "The premier told a government meeting in Kyiv on Thursday that the talks had failed.",
      "The ministers met in Antalya, the first contact since the war began on Feb. 24.",
    );
    expect(meetings(text)).toEqual([]);
  });
});

describe("a present-tense headline reports the day's event", () => {
  const withHeadline = (date: string, headline: string, ...paragraphs: string[]) =>
    ` date ${date} ${headline}\n\n${paragraphs.join("\n\n")}\n`;

  it("places the signing the headline reports on the article's date, or the dateline's", () => {
    const text = withHeadline(
      "2025-03-13",
      "Two presidents sign border treaty in Tallinn",
      "The treaty ends a dispute that lasted three decades, officials said.",
    );
    expect(meetings(text)).toEqual([["2025-03-13", null, "Tallinn", "held", "meeting:venue-headline-today"]]);
    const filedBefore = withHeadline(
      "2022-03-11",
      "Foreign ministers hold talks in Turkey",
      "ANTALYA, Turkey, March 10 (Agency) -- The two ministers are meeting in a resort town of the province.",
    );
    expect(meetings(filedBefore).map((m) => [m[0], m[2]])).toEqual([["2022-03-10", "Antalya"]]);
  });

  it("adds nothing for a headline in the future, with a date, or when the body dates a meeting there", () => {
    for (const headline of [
      "Presidents to sign treaty in Tallinn",
      "Presidents sign treaty in Tallinn on Friday",
    ])
      expect(meetings(withHeadline("2025-03-13", headline, "Officials gave no details."))).toEqual([]);
    const dated = withHeadline(
      "2025-03-13",
      "Presidents sign treaty in Tallinn",
      "The two presidents met in Tallinn on Wednesday to sign it.",
    );
    expect(meetings(dated).map((m) => m[0])).toEqual(["2025-03-12"]);
  });
});

describe("tense, spans and venues from development reports", () => {
  it("reads a possessive day by its own verb, an appositive city, and the new date of a postponement", () => {
    // 2020-01-14 is a Tuesday.
    const possessive = article(
      "2020-01-14",
      "Local media reported that Sunday's talks in Berlin may focus on arms.",
    );
    expect(meetings(possessive).map((m) => [m[0], m[3]])).toEqual([["2020-01-19", "scheduled"]]);
    const appositive = article(
      "2024-11-14",
      "The mediator said the parties will resume talks in Nairobi, the Kenyan capital, on Monday.",
    );
    expect(meetings(appositive).map((m) => m[0])).toEqual(["2024-11-18"]);
    // 2018-09-06 is a Thursday.
    const putOff = article(
      "2018-09-06",
      "The Geneva meeting was set for Thursday and was then put off until Friday.",
    );
    expect(meetings(putOff).map((m) => [m[0], m[3]])).toEqual([
      ["2018-09-06", "postponed"],
      ["2018-09-07", "scheduled"],
    ]);
  });

  it("joins 'since Sunday … conclude Thursday' into one span, and places nothing 'outside' a city", () => {
    // 2023-05-02 is a Tuesday.
    const text = article(
      "2023-05-02",
      "Talks that the delegations have been holding in Arlington since Sunday are expected to conclude Thursday.",
    );
    expect(meetings(text).map((m) => [m[0], m[1], m[2]])).toEqual([
      ["2023-04-30", "2023-05-04", "Arlington"],
    ]);
    const outside = article("2023-05-02", "The delegations met outside Washington on Monday.");
    expect(meetings(outside)).toEqual([]);
  });

  it("reads a stated length ('to run for two days', 'a three-day summit') as the span, and its status", () => {
    // 2017-01-23 is a Monday.
    const long = article(
      "2023-06-27",
      "The ministers open in Geneva this afternoon what is expected to be a three-days long round of talks.",
    );
    expect(meetings(long).map((m) => [m[0], m[1]])).toEqual([["2023-06-27", "2023-06-29"]]);
    const text = article(
      "2017-01-23",
      "Negotiations officially start in Astana on Monday and are to run for two days.",
    );
    expect(meetings(text).map((m) => [m[0], m[1], m[3]])).toEqual([
      ["2017-01-23", "2017-01-24", "scheduled"],
    ]);
  });

  it("reads 'in the morning on March 3', a city that hosts, and 'comes a day after' talks", () => {
    const morning = article(
      "2022-03-02",
      "The negotiations will be held in the morning on March 3 in Brest.",
    );
    expect(meetings(morning).map((m) => [m[0], m[2]])).toEqual([["2022-03-03", "Brest"]]);
    // 2022-03-07 is a Monday.
    const hosts = article(
      "2022-03-07",
      "On Monday Brest, a city in Belarus, was host to the third round of talks.",
    );
    expect(meetings(hosts).map((m) => [m[0], m[2]])).toEqual([["2022-03-07", "Brest"]]);
    const dayAfter = article(
      "2018-06-28",
      "The announcement comes a day after the adviser held talks in Moscow with officials.",
      "The announcement comes a day after a blizzard in Oslo.",
    );
    expect(meetings(dayAfter).map((m) => [m[0], m[2]])).toEqual([["2018-06-27", "Moscow"]]);
    const sixDays = article(
      "2023-05-25",
      "It takes place six days after the ministers met in Moscow for talks.",
    );
    expect(meetings(sixDays).map((m) => [m[0], m[2]])).toEqual([["2023-05-19", "Moscow"]]);
    const lastDays = article(
      "2022-12-23",
      "For the last two days, the delegations have been meeting as part of negotiations in Nairobi.",
    );
    expect(meetings(lastDays).map((m) => [m[0], m[1], m[2]])).toEqual([
      ["2022-12-22", "2022-12-23", "Nairobi"],
    ]);
  });

  it("looks ahead for a day something is set for or planned ('a summit for Wednesday', 'the idea of a meeting Wednesday')", () => {
    // 2015-02-08 is a Sunday.
    const text = article(
      "2015-02-08",
      "The idea of a meeting Wednesday in Minsk came out of a phone call between the leaders.",
      "The president confirmed that a summit for Wednesday in Minsk was in the works.",
    );
    expect(meetings(text).map((m) => [m[0], m[3]])).toEqual([["2015-02-11", "scheduled"]]);
    const statement = article(
      "2023-05-25",
      "Last week, on Thursday (18 May), a spokesperson stressed that any dialogue in Moscow is welcome.",
    );
    expect(meetings(statement)).toEqual([]);
  });

  it("dates no meeting by a possessive day of another event, and borrows no venue past an unknown district", () => {
    const text = withHeadlineText(
      "2020-01-15",
      "Talks in Moscow",
      "Hours before Tuesday's announcement, the general left talks without signing.",
      "It comes after the two leaders signed, in the central district of Xyloville last Thursday, a truce.",
    );
    expect(meetings(text)).toEqual([]);
  });
});

function withHeadlineText(date: string, headline: string, ...paragraphs: string[]): string {
  return ` date ${date} ${headline}\n\n${paragraphs.join("\n\n")}\n`;
}

describe("spans, venues and datelines from wire and press reports", () => {
  it("counts back a span that ended on its date, and ignores the length of an earlier round", () => {
    // 2021-05-06 is a Thursday.
    const ended = article(
      "2021-05-06",
      "Two days of talks in Cairo were concluded Thursday with no clear progress.",
    );
    expect(meetings(ended).map((m) => [m[0], m[1]])).toEqual([["2021-05-05", "2021-05-06"]]);
    const earlier = article(
      "2025-06-07",
      "The delegations will return to Jeddah on Thursday, after two days of talks in the city ended without a deal.",
    );
    expect(meetings(earlier).map((m) => [m[0], m[1]])).toEqual([["2025-06-12", null]]);
  });

  it("gives a venue to the date nearest it, takes no compass word for a city, and no dateline for a future meeting", () => {
    // 2023-03-18 is a Saturday.
    const two = withHeadlineText(
      "2023-03-18",
      "Ministers meet in Montevideo",
      "Friday's encounter continued the work of the previous gathering in Buenos Aires on Feb. 16.",
    );
    expect(meetings(two).map((m) => [m[0], m[2]])).toEqual([
      ["2023-02-16", "Buenos Aires"],
      ["2023-03-17", "Montevideo"],
    ]);
    // 2023-03-10 is a Friday.
    const week = article(
      "2023-03-10",
      "Officials met for four days of talks from Monday in Beijing, then signed a statement in a ceremony on Friday.",
    );
    expect(meetings(week).map((m) => [m[0], m[2]])).toEqual([
      ["2023-03-06", "Beijing"],
      ["2023-03-10", "Beijing"],
    ]);
    const compass = article("2018-08-27", "On August 23, officials met the special envoy for Central Asia.");
    expect(meetings(compass)).toEqual([]);
    const future = article(
      "2025-07-28",
      "KUALA LUMPUR (Agency) - Commanders will hold further talks tomorrow, July 29.",
    );
    expect(meetings(future)).toEqual([]);
  });
});

describe("the lede of a same-day report", () => {
  it("dates an undated meeting the lede describes as happening now by the dateline's day, unless the body dates it", () => {
    const text = article(
      "2022-03-30",
      "ISTANBUL. March 29 (Agency) - As the round of talks held in Istanbul came to an end, the delegates left.",
    );
    expect(meetings(text)).toEqual([["2022-03-29", null, "Istanbul", "held", "meeting:venue-lede"]]);
    const dated = article(
      "2024-01-09",
      "Negotiators have resumed talks in Vienna on the nuclear programme.",
      "The talks resumed in Vienna on Monday after a pause.",
    );
    expect(meetings(dated).map((m) => m[0])).toEqual(["2024-01-08"]);
    const past = article("2024-01-09", "Negotiators have resumed talks in Vienna that began last year.");
    expect(meetings(past)).toEqual([]);
  });
});

describe("parties", () => {
  const partiesOf = (text: string) => extractArticle(text).meetings.map((m) => [m.city, m.parties]);

  it("reads 'talks between X and Y' and the states of the people a meeting names, never its mediator or host", () => {
    const between = article(
      "2023-05-14",
      "Talks between Armenia and Azerbaijan resumed in Brussels on Sunday.",
    );
    expect(partiesOf(between)).toEqual([["Brussels", ["Armenia", "Azerbaijan"]]]);
    const people = article(
      "2023-05-14",
      "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev will meet on June 1 in Chisinau, Moldovan President Maia Sandu said.",
    );
    expect(partiesOf(people)).toEqual([["Chisinau", ["Armenia", "Azerbaijan"]]]);
  });

  it("falls back to the sides the article names for its talks, and names countries as readers do", () => {
    const text = article(
      "2025-06-27",
      "The DRC-Rwanda peace talks have run for months.",
      "The foreign ministers signed the agreement in Washington on Friday.",
    );
    expect(partiesOf(text)).toEqual([["Washington", ["Democratic Republic of the Congo", "Rwanda"]]]);
  });
});
