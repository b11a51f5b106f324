// Reporting patterns seen in several development reports (tests/fixtures/real/dev-*): agency readouts. Each is written as a
// short invented article so that a rule's removal fails one named test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.js";
import { article, meetings } from "../helpers.js";

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
  it("does not end a sentence at an honorific ('Prime Minister Hon. X', 'the Rt. Hon. Y'), so the day after it still dates the meeting", () => {
    const text = article(
      "2025-03-24",
      "On Wednesday, 26 March 2025, Prime Minister Hon. Ana Tui will hold a meeting in Apia with the Deputy Prime Minister, Rt. Hon. Leota Sefo.",
    );
    expect(meetings(text)).toEqual([["2025-03-26", "Apia", "scheduled"]]);
  });
  it("reads 'received the new Prime Minister X' as a meeting", () => {
    const received = article(
      "2018-05-07",
      "Nairobi — On Monday morning President Amos Kiprono formally received the new Ethiopian Prime Minister Tesfaye Bekele at State House, Nairobi.",
    );
    expect(meetings(received)).toEqual([["2018-05-07", "Nairobi", "held"]]);
  });

  it("reads 'inked a deal' as a signing", () => {
    const inked = article(
      "2017-11-24",
      "The civilian leader and the visiting Foreign Minister Karim Hossain inked a deal in the capital Naypyidaw on Thursday.",
    );
    expect(meetings(inked)).toEqual([["2017-11-23", "Naypyidaw", "held"]]);
  });
});
