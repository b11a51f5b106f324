import { describe, expect, it } from "vitest";
import { http, postArticle, reportText, writableApp } from "../helpers.js";

// The acceptance case: the seed (Geneva on the 10th, Brussels on the 12th, Vienna on the 13th) and follow-ups
// written for this test, from the eve of the Geneva talks to the Blinken–Lavrov meeting of the 21st.
const article = reportText;
const followUps = [
  article(
    "2022-01-08",
    "US and Russia to open security talks in Geneva",
    "GENEVA (Agency) – U.S. Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov will open talks on European security over a working dinner in Geneva on Sunday, before the full delegations meet at the U.S. mission on Monday.",
  ),
  article(
    "2022-01-11",
    "Geneva talks end with no breakthrough",
    "GENEVA (Agency) – Talks between the United States and Russia at the U.S. mission in Geneva ended on Monday without a breakthrough, Deputy Secretary of State Wendy Sherman said.",
  ),
  article(
    "2022-01-12",
    "NATO and Russia meet in Brussels",
    "BRUSSELS (Agency) – Ambassadors of NATO's 30 members and a Russian delegation led by Deputy Foreign Minister Alexander Grushko met at NATO headquarters in Brussels on Wednesday for the first session of the NATO-Russia Council since 2019.",
  ),
  article(
    "2022-01-14",
    "OSCE session on European security ends without breakthrough",
    "VIENNA (Agency) – The session of the OSCE Permanent Council held at the Hofburg in Vienna on Thursday, with Poland in the chair, ended without a breakthrough, Russia's envoy and the United States ambassador said on Friday.",
  ),
  article(
    "2022-01-19",
    "Blinken to meet Lavrov in Geneva",
    "WASHINGTON (Agency) – Secretary of State Antony Blinken will meet Russian Foreign Minister Sergei Lavrov in Geneva on Friday, the State Department said.",
  ),
  article(
    "2022-01-21",
    "Blinken and Lavrov meet in Geneva",
    "GENEVA (Agency) – Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met for about 90 minutes in Geneva on Friday, after last week's talks in Geneva, Brussels and Vienna failed to ease tensions over Ukraine.",
  ),
];

type Listed = {
  id: string;
  date: string;
  endDate: string | null;
  city: string;
  status: string;
  sourceCount: number;
};

describe("the January 2022 security talks, from the seed and its follow-ups", () => {
  it.each([
    ["in the order they were written", followUps],
    ["newest first", [...followUps].reverse()],
  ])(
    "gives one Geneva (9–10), one Brussels, one Vienna (held), one Geneva on the 21st, and nothing else, posted %s",
    async (_, texts) => {
      const app = await writableApp();
      const seeded = (await http(app).get("/meetings?from=2022-01-01&to=2022-01-31&limit=100")).body
        .data as Listed[];
      for (const text of texts) await postArticle(app, text);
      const listed = (await http(app).get("/meetings?from=2022-01-01&to=2022-01-31&limit=100")).body
        .data as Listed[];
      expect(listed.map((m) => [m.city, m.date, m.endDate, m.status, m.sourceCount])).toEqual([
        ["Geneva", "2022-01-09", "2022-01-10", "held", 3],
        ["Brussels", "2022-01-12", null, "held", 2],
        ["Vienna", "2022-01-13", null, "held", 2],
        ["Geneva", "2022-01-21", null, "held", 2],
      ]);
      expect(listed.slice(0, 3).map((m) => m.id)).toEqual(seeded.map((m) => m.id));
      // What a report says of one meeting stays with it: the OSCE and its chair are Vienna's, NATO is Brussels'.
      const sides = [];
      for (const m of listed) {
        const detail = (await http(app).get(`/meetings/${m.id}`)).body;
        sides.push([[...detail.parties].sort(), detail.organizations]);
      }
      expect(sides).toEqual([
        [["Russia", "United States"], []],
        [["Russia", "United States"], ["NATO"]],
        [["Russia", "United States"], ["OSCE"]],
        [[], []],
      ]);
    },
  );
});
