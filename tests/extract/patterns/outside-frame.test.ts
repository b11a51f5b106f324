// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): meetings dated outside the usual frame. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { article, meetings } from "../helpers.js";

describe("meetings dated outside the usual frame", () => {
  it("reads 'discussing … with' a counterpart as talks ('will be in Riyadh from February 19 to 21, discussing regional issues with the Saudi leadership'), not discussing with reporters", () => {
    const talks = article(
      "2020-02-06",
      "The secretary will be in Riyadh from February 19 to 21, discussing regional and bilateral issues with the Saudi leadership.",
    );
    expect(meetings(talks)).toEqual([["2020-02-19", "Riyadh", "scheduled"]]);
    const press = article(
      "2020-02-06",
      "The secretary will be in Riyadh on February 19, discussing the plan with reporters.",
    );
    expect(meetings(press)).toEqual([]);
  });

  it("reads a visit to a seat of government as a meeting there ('visited the White House on Friday to deliver the letter')", () => {
    // 2018-06-02 is a Saturday.
    const text = article(
      "2018-06-02",
      "Top North Korean official Kim Yong Chol visited the White House on Friday to deliver the letter.",
    );
    expect(meetings(text)).toEqual([["2018-06-01", "Washington", "held"]]);
  });

  it("reads 'On Sunday, X reached Geneva, where …' as an arrival, not a meeting, and 'reached a deal' as no arrival", () => {
    // 2025-03-18 is a Tuesday.
    const arrival = article(
      "2025-03-18",
      "On Sunday, the Secretary-General reached Geneva, Switzerland, where he brought together the two leaders for an informal meeting at the United Nations Office in Geneva.",
    );
    expect(meetings(arrival)).toEqual([]);
    const deal = article(
      "2025-03-18",
      "On Sunday, the two leaders reached a deal at their meeting in Geneva.",
    );
    expect(meetings(deal)).toEqual([["2025-03-16", "Geneva", "held"]]);
  });

  it("reads 'sat down … with' as a meeting though the time and the place come between ('sat down this Saturday afternoon at the palace, in Caracas, with his counterpart')", () => {
    // 2023-01-07 is a Saturday.
    const text = article(
      "2023-01-07",
      "The president sat down this Saturday afternoon at the Miraflores Palace, in Caracas, with his Venezuelan counterpart.",
    );
    expect(meetings(text)).toEqual([["2023-01-07", "Caracas", "held"]]);
  });

  it("dates a meeting by a participant's account of it on the report's day ('X said on Thursday he had \"very meaningful\" talks with him'), not one of another time", () => {
    // 2019-04-25 is a Thursday.
    const account = article(
      "2019-04-25",
      "VLADIVOSTOK, Russia: Meeting the Russian president for the first time, the North Korean leader said on Thursday he had “very meaningful” talks with him.",
    );
    expect(meetings(account)).toEqual([["2019-04-25", "Vladivostok", "held"]]);
    const earlier = article(
      "2019-04-25",
      "VLADIVOSTOK, Russia: The North Korean leader said on Thursday he had “very meaningful” talks with him last year.",
    );
    expect(meetings(earlier)).toEqual([]);
  });

  it("dates a meeting by a phrase that names it, set off by commas, though a verb of saying follows ('QNA reported that, at the meeting held in Doha on Wednesday, Sheikh A told …')", () => {
    // 2017-06-07 is a Wednesday.
    const text = article(
      "2017-06-07",
      "The state news agency reported that, at the meeting held in Doha on Wednesday, Sheikh Nasser told Sheikh Hamad about his mediation.",
    );
    expect(meetings(text)).toEqual([["2017-06-07", "Doha", "held"]]);
  });

  it("dates a meeting by a journey whose destination clause tells who was met ('Yesterday, the co-chairs travelled to Tskhinvali, where the leader and his envoy were among those they met')", () => {
    const text = article(
      "2021-09-24",
      "Yesterday, the co-chairs travelled to Tskhinvali, where the South Ossetian leader and his envoy were among those they met.",
    );
    expect(meetings(text)).toEqual([["2021-09-23", "Tskhinvali", "held"]]);
  });

  it("does not date a meeting by the day of a report that tells of it ('According to a report on Monday by the state agency, the meeting had been scheduled for March 15-16')", () => {
    // 2023-03-16 is a Thursday.
    const text = article(
      "2023-03-16",
      "The deputy ministers would meet this week in Moscow, the minister said last week.",
      "According to a report on Monday by the state agency, the deputy ministers' meeting had been scheduled for March 15-16.",
    ).replace("Test headline", "Meeting of deputy ministers in Moscow postponed");
    expect(meetings(text).map((m) => m[0])).not.toContain("2023-03-13");
    // ("According to a report by Yonhap, X intends to sit down on Tuesday for a meeting": the report's words name no day.)
    const plan = article(
      "2021-11-15",
      "According to a report by Yonhap News Agency, the vice minister intends to sit down on Tuesday for a three-way meeting in Washington.",
    );
    expect(meetings(plan)).toEqual([["2021-11-16", "Washington", "scheduled"]]);
  });

  it("reads a visit to an officer as a meeting with him ('is scheduled to visit Ukrainian President X in Kyiv'), not a visit to a site", () => {
    // 2021-08-20 is a Friday.
    const text = article(
      "2021-08-20",
      "On Sunday the chancellor is scheduled to visit Ukrainian President Petro Marchenko in Kyiv.",
      "On Saturday she will visit the memorial in Lviv.",
    );
    expect(meetings(text)).toEqual([["2021-08-22", "Kyiv", "scheduled"]]);
  });

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

  it("lets the day a delegation arrived 'for talks' yield to the talks' own day in the same city", () => {
    const text = article(
      "2018-09-06",
      "A government delegation arrived on Wednesday in Geneva for a new round of talks.",
      "The Geneva meeting was set for Thursday, Sept. 6.",
    );
    expect(meetings(text)).toEqual([["2018-09-06", "Geneva", "held"]]);
    // (With no other day for the talks, the day of arriving for them is theirs.)
    const alone = article(
      "2022-03-09",
      "The minister arrived in Ankara on Wednesday for talks with his counterpart.",
    );
    expect(meetings(alone)).toEqual([["2022-03-09", "Ankara", "held"]]);
  });

  it("reads 'put their names/signatures to the agreement' as a signing, also after an opening day", () => {
    const text = article(
      "2019-11-05",
      "On Tuesday, the government and the separatists put their names to the agreement, a pact meant to stop the fighting.",
      "The crown prince spoke during the signing ceremony in Riyadh.",
    );
    expect(meetings(text)).toEqual([["2019-11-05", "Riyadh", "held"]]);
  });

  it("reads 'X on Thursday departed … for Lima' as the day of travel, not of the meeting awaiting there", () => {
    const text = article(
      "2024-11-14",
      "President Joe Biden on Thursday departed Washington for Lima, Peru, the city where his final meeting with President Xi Jinping is expected to take place.",
    );
    expect(meetings(text)).toEqual([]);
    // (A meeting verb in that place keeps its day: "X on Thursday met Y in Lima".)
    const met = article("2024-11-14", "President Joe Biden on Thursday met President Xi Jinping in Lima.");
    expect(meetings(met)).toEqual([["2024-11-14", "Lima", "held"]]);
  });

  it("reads 'is expected to receive Foreign Minister X in the White House on Wednesday' as a meeting, not 'received a letter'", () => {
    const text = article(
      "2017-05-09",
      "The president is expected to receive Russian Foreign Minister Sergei Lavrov in the White House on Wednesday.",
    );
    expect(meetings(text)).toEqual([["2017-05-10", "Washington", "scheduled"]]);
    const letter = article("2017-05-09", "The president received a letter in the White House on Monday.");
    expect(meetings(letter)).toEqual([]);
  });

  it("dates a meeting told without a meeting word before its day ('received visiting X Saturday', 'sat down Wednesday for talks')", () => {
    const received = article(
      "2017-09-30",
      "President Xi Jinping received visiting Secretary of State Rex Tillerson in Beijing Saturday, and their discussion centred on trade.",
    );
    expect(meetings(received)).toEqual([["2017-09-30", "Beijing", "held"]]);
    const sat = article(
      "2020-10-15",
      "Lebanon and Israel, still technically at war, sat down Wednesday for unprecedented talks in Geneva.",
    );
    expect(meetings(sat)).toEqual([["2020-10-14", "Geneva", "held"]]);
  });

  it("dates what a reported clause opened by its day tells ('The statement says that on Monday, talks will be held'), and a trip's day where the sentence has her meet", () => {
    const said = article(
      "2019-09-08",
      "The statement says that on Monday, bilateral talks will be held between the two ministers in Kathmandu.",
    );
    expect(meetings(said)).toEqual([["2019-09-09", "Kathmandu", "scheduled"]]);
    const trip = article(
      "2021-10-01",
      "The deputy secretary will wind up her trip in Islamabad on October 7, where she will meet senior officials.",
    );
    expect(meetings(trip)).toEqual([["2021-10-07", "Islamabad", "scheduled"]]);
  });
  it("dates no talks by an arrival whose 'for talks' belongs to a later clause ('reached Sweden on Tuesday, after failing to turn up for talks in Geneva in September'), but does by 'arrive …, and there he is to sit down for talks'", () => {
    const failed = article(
      "2018-12-05",
      "The rebel delegation reached Sweden on Tuesday, after failing to turn up for talks in Geneva, Switzerland, in September.",
    );
    expect(meetings(failed)).toEqual([]);
    const there = article(
      "2023-01-08",
      "Minister Kaya will arrive in Kigali on January 12, and there he is expected to sit down for talks with his Rwandan counterpart.",
    );
    expect(meetings(there)).toEqual([["2023-01-12", "Kigali", "scheduled"]]);
  });
  it("reads no meeting in a crowd gathering ('several thousand protesters gathered near the parliament')", () => {
    const text = article(
      "2019-06-25",
      "On June 20, 2019, several thousand protesters gathered near the national parliament in downtown Tbilisi and tried to storm it.",
    );
    expect(meetings(text)).toEqual([]);
  });
  it("reads the main verb of an opening date across a bracketed short form in the subject ('On 4 November, Minister of Interior (MoI) X arrived in Cairo …') as an arrival", () => {
    const text = article(
      "2020-11-10",
      "On 4 November, GNA Minister of Interior (MoI) Fathi Bashaagha arrived in Cairo for an ‘indefinite visit’, reportedly to talk about security cooperation with Egyptian officials.",
    );
    expect(meetings(text)).toEqual([]);
  });
  it("dates a signal, not the meeting it announces ('a breakthrough was signalled Sunday, when the sides announced that X would travel for a meeting in Y')", () => {
    const text = article(
      "2023-02-27",
      "A breakthrough was signalled Sunday, when the two sides announced that the commission president would travel to England for a meeting with the prime minister in Windsor.",
    );
    expect(meetings(text)).toEqual([]);
  });
  it("dates a report, not a visit, in a passive report's agent ('X's visit to Tehran was reported by Reuters earlier on Saturday')", () => {
    const text = article(
      "2021-09-11",
      "Grossi’s visit to Tehran was reported by Reuters earlier on Saturday.",
    );
    expect(meetings(text)).toEqual([]);
  });
  it("reads 'will depart for China on June 29' as travel, and a departure clause opening a sentence about a meeting as that meeting's day", () => {
    const depart = article(
      "2019-06-24",
      "The two ministers will depart for China on June 29 and then hold talks, with more talks in Washington to follow later.",
    );
    expect(meetings(depart)).toEqual([]);
    const before = article(
      "2023-06-19",
      "Before he departs later on Monday, the secretary will meet President Li Wen in Beijing.",
    );
    expect(meetings(before)).toEqual([["2023-06-19", "Beijing", "held"]]);
  });
  it("gives the talks a report's day when the words came right after them ('a spokesperson said on Friday after the two held talks in Brussels')", () => {
    const text = article(
      "2021-11-05",
      "The two ministers will meet next week in London, a government spokesperson said on Friday after the two held talks in Brussels on the protocol.",
    );
    expect(meetings(text)).toEqual([["2021-11-05", "Brussels", "held"]]);
  });
  it("reads neither a collapse's day nor the day a delegation came for the talks as the talks' day ('fell apart on Saturday', 'which came to Geneva on Wednesday for the talks')", () => {
    const text = article(
      "2018-09-08",
      "Peace talks fell apart on Saturday after three days spent waiting for the rebel delegation.",
      "The government delegation, which came to Geneva on Wednesday for the talks, was not pleased.",
      "The talks had been scheduled to formally open in Geneva on Thursday.",
    );
    expect(meetings(text).map((m) => [m[0], m[1]])).toEqual([["2018-09-06", "Geneva"]]);
  });
});
