import { describe, expect, it } from "vitest";
import { reportText as article } from "../helpers.js";
import { timelinesInEveryOrder } from "./timeline-orders.js";

// Adversarial cases of order dependence: each set of reports must give one timeline whatever order they arrive in.
// 2024-03-04 is a Monday.

async function expectOneTimeline(texts: string[], expected: string[]) {
  const all = await timelinesInEveryOrder(texts);
  for (const [order, rows] of all) expect({ order, rows }).toEqual({ order, rows: expected });
}

describe("consolidation in every order", () => {
  it("joins a vague early mention naming no venue to the exact report of the same sides that day", async () => {
    const vague = article(
      "2024-03-01",
      "Estonia and Latvia to talk energy",
      "The prime ministers of Estonia and Latvia will hold talks on Monday about the power grid, officials said.",
    );
    const exact = article(
      "2024-03-05",
      "Estonia and Latvia met in Tallinn",
      "The prime ministers of Estonia and Latvia held talks in Tallinn on Monday about the power grid, officials said.",
    );
    await expectOneTimeline([vague, exact], ["2024-03-04 Tallinn held [0,1]"]);
  }, 60_000);

  it("makes one meeting of reports a day apart at a span's edge, whichever comes first", async () => {
    const span = article(
      "2024-03-06",
      "Lithuania and Poland end talks in Vilnius",
      "The foreign ministers of Lithuania and Poland held talks in Vilnius on Monday and Tuesday, officials said.",
    );
    const dayAfter = article(
      "2024-03-07",
      "Lithuania and Poland met in Vilnius",
      "The foreign ministers of Lithuania and Poland met in Vilnius on Wednesday, a spokesman said.",
    );
    const dayBefore = article(
      "2024-03-04",
      "Lithuania and Poland talks begin in Vilnius",
      "The foreign ministers of Lithuania and Poland met in Vilnius on Sunday to open their talks, a spokesman said.",
    );
    await expectOneTimeline([span, dayAfter, dayBefore], ["2024-03-03..2024-03-06 Vilnius held [0,1,2]"]);
  }, 120_000);

  it("keeps a postponement, written after the plan, whether it arrives before or after it", async () => {
    const plan = article(
      "2024-02-26",
      "Georgia and Armenia to meet in Tbilisi",
      "The foreign ministers of Georgia and Armenia will hold talks in Tbilisi on March 4, officials said.",
    );
    const postponed = article(
      "2024-03-01",
      "Georgia and Armenia postpone Tbilisi talks",
      "The talks of the foreign ministers of Georgia and Armenia in Tbilisi set for March 4 have been postponed, officials said.",
    );
    await expectOneTimeline([plan, postponed], ["2024-03-04 Tbilisi postponed [0,1]"]);
  }, 60_000);

  it("leaves a plan with its postponed days when the meeting held on the new days came first", async () => {
    const plan = article(
      "2024-02-26",
      "Georgia and Armenia to meet in Tbilisi",
      "The foreign ministers of Georgia and Armenia will hold talks in Tbilisi on March 4, officials said.",
    );
    const moved = article(
      "2024-03-01",
      "Georgia and Armenia postpone Tbilisi talks",
      "The talks of the foreign ministers of Georgia and Armenia in Tbilisi set for March 4 have been postponed to March 11, officials said.",
    );
    const held = article(
      "2024-03-12",
      "Georgia and Armenia met in Tbilisi",
      "The foreign ministers of Georgia and Armenia held talks in Tbilisi on Monday, officials said.",
    );
    await expectOneTimeline(
      [plan, moved, held],
      ["2024-03-04 Tbilisi postponed [0,1]", "2024-03-11 Tbilisi held [1,2]"],
    );
  }, 120_000);

  it("joins a report whose venue is only its dateline's to the meeting of its sides that day", async () => {
    const datelined = article(
      "2024-03-05",
      "Armenia and Azerbaijan talk peace",
      "BRUSSELS — The foreign ministers of Armenia and Azerbaijan met on Monday to discuss a peace treaty, officials said.",
    );
    const exact = article(
      "2024-03-05",
      "Armenia and Azerbaijan met in Washington",
      "The foreign ministers of Armenia and Azerbaijan held talks in Washington on Monday about a peace treaty, officials said.",
    );
    await expectOneTimeline([datelined, exact], ["2024-03-04 Washington held [0,1]"]);
  }, 60_000);

  it("keeps a meeting held that a report written after it says took place, against a later clause putting it off", async () => {
    const plan = article(
      "2024-02-28",
      "Finland and Sweden to meet in Helsinki",
      "The defence ministers of Finland and Sweden will meet in Helsinki on Monday, officials said.",
    );
    const held = article(
      "2024-03-05",
      "Finland and Sweden met in Helsinki",
      "The defence ministers of Finland and Sweden met in Helsinki on Monday, officials said.",
    );
    const later = article(
      "2024-03-08",
      "Finland and Sweden defence",
      "The talks of the defence ministers of Finland and Sweden in Helsinki on Monday, which had been postponed once in February, covered air defence, officials said.",
    );
    await expectOneTimeline([plan, held, later], ["2024-03-04 Helsinki held [0,1,2]"]);
  }, 120_000);

  it("makes one meeting of reports spelling the city two ways", async () => {
    const one = article(
      "2024-03-04",
      "Moldova and Romania meet in Chisinau",
      "The foreign ministers of Moldova and Romania held talks in Chisinau on Monday, officials said.",
    );
    const other = article(
      "2024-03-05",
      "Moldova and Romania met in Chișinău",
      "The foreign ministers of Moldova and Romania met in Chișinău on Monday, a spokeswoman said.",
    );
    await expectOneTimeline([one, other], ["2024-03-04 Chisinau held [0,1]"]);
  }, 60_000);

  it("takes the status of the most recent report when the status-changing report arrives first", async () => {
    const plan = article(
      "2024-02-28",
      "Finland and Sweden to meet in Helsinki",
      "The defence ministers of Finland and Sweden will meet in Helsinki on Monday, officials said.",
    );
    const held = article(
      "2024-03-05",
      "Finland and Sweden met in Helsinki",
      "The defence ministers of Finland and Sweden met in Helsinki on Monday, officials said.",
    );
    await expectOneTimeline([held, plan], ["2024-03-04 Helsinki held [0,1]"]);
  }, 60_000);
});

describe("a report of an article with two reports of one meeting", () => {
  it("leaves a meeting elsewhere for the meeting at its city once a report places one there on its days, though its article's other report is there already", async () => {
    const plan = article(
      "2024-03-01",
      "Estonia and Finland to meet in Vilnius",
      "The foreign ministers of Estonia and Finland will meet in Vilnius on March 4, officials said.",
    );
    const held = article(
      "2024-03-08",
      "Estonia and Finland met in Riga",
      "The foreign ministers of Estonia and Finland met in Riga on Thursday, officials said.",
    );
    // Its venue only the dateline's: the talks of that day join the one meeting of its sides known that day, in
    // Vilnius, while its Thursday joins the meeting in Riga; its talks of Monday are all that says Riga's began then.
    const datelined = article(
      "2024-03-04",
      "Estonia and Finland open talks in Riga",
      "RIGA, March 4 — The foreign ministers of Estonia and Finland held talks here today. Their defence ministers are expected at the meeting on Thursday, officials said.",
    );
    const span = article(
      "2024-03-03",
      "Estonia and Finland to meet in Riga",
      "The foreign ministers of Estonia and Finland will meet in Riga from Monday to Thursday, officials said.",
    );
    await expectOneTimeline([plan, held, datelined, span], ["2024-03-04..2024-03-07 Riga held [0,1,2,3]"]);
  }, 240_000);
});

describe("a plan that fits a meeting at its place days later and one elsewhere on its days", () => {
  it("is a plan of the meeting at its place, whichever report arrives first", async () => {
    const plan = article(
      "2024-02-28",
      "Estonia and Finland to meet in Vilnius",
      "The foreign ministers of Estonia and Finland will meet in Vilnius on March 4, officials said.",
    );
    const later = article(
      "2024-03-09",
      "Estonia and Finland met in Vilnius",
      "The foreign ministers of Estonia and Finland met in Vilnius on Friday, officials said.",
    );
    const elsewhere = article(
      "2024-03-05",
      "Estonia and Finland met in Riga",
      "The foreign ministers of Estonia and Finland held talks in Riga on Monday and Tuesday, officials said.",
    );
    await expectOneTimeline(
      [plan, later, elsewhere],
      ["2024-03-04..2024-03-05 Riga held [2]", "2024-03-08 Vilnius held [0,1]"],
    );
  }, 120_000);

  it("is a plan of the meeting at its place once a report a meeting there took in leaves it, whatever arrives first", async () => {
    const plan = article(
      "2024-02-28",
      "Estonia and Finland to meet in Vilnius",
      "The foreign ministers of Estonia and Finland will meet in Vilnius on March 4, officials said.",
    );
    const later = article(
      "2024-03-09",
      "Estonia and Finland met in Vilnius",
      "The foreign ministers of Estonia and Finland met in Vilnius on Friday, officials said.",
    );
    // Its venue the dateline's: it joins the plan's meeting in Vilnius that day until a report places talks in Riga.
    const datelined = article(
      "2024-03-04",
      "Estonia and Finland open talks in Riga",
      "RIGA, March 4 — The foreign ministers of Estonia and Finland held talks here today, officials said.",
    );
    const elsewhere = article(
      "2024-03-05",
      "Estonia and Finland met in Riga",
      "The foreign ministers of Estonia and Finland held talks in Riga on Monday and Tuesday, officials said.",
    );
    await expectOneTimeline(
      [plan, later, datelined, elsewhere],
      ["2024-03-04..2024-03-05 Riga held [2,3]", "2024-03-08 Vilnius held [0,1]"],
    );
  }, 240_000);
});

describe("a dated mention naming no place", () => {
  const vague = article(
    "2024-03-01",
    "Estonia and Latvia to talk energy",
    "The prime ministers of Estonia and Latvia will hold talks on Monday about the power grid, officials said.",
  );

  it("creates nothing alone", async () => {
    await expectOneTimeline([vague], []);
  }, 30_000);

  it("places no meeting with a side the article does not name", async () => {
    const other = article(
      "2024-03-05",
      "Estonia and Finland met in Tallinn",
      "The prime ministers of Estonia and Finland held talks in Tallinn on Monday about the power grid, officials said.",
    );
    await expectOneTimeline([vague, other], ["2024-03-04 Tallinn held [1]"]);
  }, 60_000);

  it("places neither of two meetings of its sides that day", async () => {
    const tallinn = article(
      "2024-03-05",
      "Estonia and Latvia met in Tallinn",
      "The prime ministers of Estonia and Latvia held talks in Tallinn on Monday about the power grid, officials said.",
    );
    const riga = article(
      "2024-03-05",
      "Estonia and Latvia ministers met in Riga",
      "The economy ministers of Estonia and Latvia held talks in Riga on Monday about rail links, officials said.",
    );
    await expectOneTimeline(
      [vague, tallinn, riga],
      ["2024-03-04 Riga held [2]", "2024-03-04 Tallinn held [1]"],
    );
  }, 120_000);

  it("places no meeting elsewhere when its article places a meeting of its own in another city", async () => {
    const own = article(
      "2024-03-01",
      "Estonia and Latvia meet in Tartu",
      "The prime ministers of Estonia and Latvia met in Tartu on Thursday to discuss the power grid. The talks will resume on Monday, officials said.",
    );
    const riga = article(
      "2024-03-05",
      "Estonia and Latvia met in Riga",
      "The prime ministers of Estonia and Latvia held talks in Riga on Monday about the power grid, officials said.",
    );
    await expectOneTimeline([own, riga], ["2024-02-29 Tartu held [0]", "2024-03-04 Riga held [1]"]);
  }, 60_000);

  it("reads the clause of a fronted day past a name set off by commas ('On Thursday, X, …, met with …')", async () => {
    const talks = article(
      "2024-03-07",
      "Chile and Peru hold talks in Lima",
      "The foreign ministers of Chile and Peru held talks in Lima on Thursday on border crossings, officials said.",
    );
    const recalled = article(
      "2024-03-12",
      "Chile and Peru near a border deal",
      "On Thursday, Alberto van Klaveren, Chile's foreign minister met with the foreign minister of Peru at the ministry for five hours. A deal on border crossings is expected soon.",
    );
    await expectOneTimeline([talks, recalled], ["2024-03-07 Lima held [0,1]"]);
  }, 60_000);

  it("places talks a report says took place, naming neither day nor place, by their sides", async () => {
    const talks = article(
      "2024-03-06",
      "Chile and Peru open talks in Lima",
      "The foreign ministers of Chile and Peru held talks in Lima on Tuesday and Wednesday on border crossings, officials said.",
    );
    const over = article(
      "2024-03-07",
      "Chile praises Peru",
      "The foreign minister of Chile praised his counterpart from Peru after two days of negotiations. A deal on border crossings is expected soon.",
    );
    const open = article(
      "2024-03-07",
      "Chile and Peru to go on",
      "The foreign ministers of Chile and Peru will hold more negotiations soon, officials said.",
    );
    await expectOneTimeline([talks, over, open], ["2024-03-05..2024-03-06 Lima held [0,1]"]);
  }, 120_000);
});
