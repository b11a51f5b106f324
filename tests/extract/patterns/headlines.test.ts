// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): headlines. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { article, meetings } from "../helpers.js";

describe("headlines", () => {
  it("places no meeting in the headline's city on other days than the meeting a sentence places there ('Tatar will receive the British minister on Friday' under 'Tatar invited to Geneva talks')", () => {
    // 2025-03-08 is a Saturday.
    const text = article(
      "2025-03-08",
      "The leaders will meet in Geneva on March 17.",
      "Besides the UN meeting, the leader will receive the British minister on Friday for discussions.",
    ).replace("Test headline", "Leader invited to Geneva talks");
    expect(meetings(text)).toEqual([["2025-03-17", "Geneva", "scheduled"]]);
    // (Unless a sentence beside it tells of days of talks in that city: "… after two days of talks in the Saudi city".)
    const told = article(
      "2025-06-07",
      "The delegations will return to Jeddah on Thursday, mediators said, after two days of talks in the Saudi city ended.",
      "The talks on June 5-6 focused on a nationwide truce.",
    ).replace("Test headline", "Warring parties to return to Jeddah after talks stall");
    expect(meetings(told)).toEqual([
      ["2025-06-05", "Jeddah", "held"],
      ["2025-06-12", "Jeddah", "scheduled"],
    ]);
  });

  it("reads a verb listed after an infinitive in the headline as ahead too ('Guterres to visit Italy, meet Mattarella'), so it places no meeting today", () => {
    const text = article(
      "2019-12-16",
      "The spokesman said the Secretary-General would leave on Tuesday and on December 19 go to the service centre in the city of Brindisi.",
    ).replace("Test headline", "Guterres to visit Italy, meet Mattarella and Pope Francis");
    expect(meetings(text)).toEqual([]);
  });

  it("reads a headline's short city as the full name the body gives it ('… talks in Delhi' over 'in New Delhi')", () => {
    const text = article(
      "2022-06-09",
      "NEW DELHI — The two ministers held talks on Thursday, their aides said.",
      "It was the envoy's first trip to New Delhi since he took office.",
    ).replace("Test headline", "Iranian and Indian ministers hold talks in Delhi");
    expect(meetings(text)).toEqual([["2022-06-09", "New Delhi", "held"]]);
  });

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

  it("takes no meeting of the day from a lede that says 'have held talks in Baghdad in recent weeks'", () => {
    const text = article(
      "2021-04-19",
      "BAGHDAD: Saudi Arabia and Iran have held talks in Baghdad in recent weeks, an official told AFP.",
    );
    expect(meetings(text)).toEqual([]);
  });
});
