import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { writeStatements } from "../../src/ingest/statements.js";
import { http, postArticle, reportText, writableApp } from "../helpers.js";

// 2023-06-02 is a Friday, 2023-07-15 a Saturday, 2023-07-21 a Friday.
const article = reportText;
const plan = (date: string, day: string, sides = "Estonia and Latvia") =>
  article(
    date,
    `${sides} to meet again`,
    `The prime ministers of ${sides} will hold their next meeting in Tallinn on ${day}, officials said.`,
  );
const plannedFor21 = plan("2023-06-02", "21 July");
const heldOn15 = article(
  "2023-07-20",
  "Estonia and Latvia met in Tallinn",
  "The prime ministers of Estonia and Latvia met in Tallinn on July 15, officials said on Thursday.",
);

type Listed = { id: string; date: string; endDate: string | null; status: string; sourceCount: number };

async function timeline(...texts: string[]) {
  const app = await writableApp();
  for (const text of texts) await postArticle(app, text);
  const listed = (await http(app).get("/meetings?city=Tallinn")).body.data as Listed[];
  return { app, listed, rows: listed.map((m) => [m.date, m.endDate, m.status, m.sourceCount]) };
}

describe("a meeting held on other days than announced", () => {
  it("takes in the plan made before it at its venue within a week, whichever report comes first", async () => {
    for (const order of [
      [plannedFor21, heldOn15],
      [heldOn15, plannedFor21],
    ]) {
      const { rows } = await timeline(...order);
      expect(rows).toEqual([["2023-07-15", null, "held", 2]]);
    }
  });

  it("keeps the plan's day as a claim the reports dispute, not as a day of the meeting", async () => {
    const { app, listed } = await timeline(plannedFor21, heldOn15);
    const detail = (await http(app).get(`/meetings/${listed[0]?.id}`)).body;
    const dates = detail.disputes.find((d: { field: string }) => d.field === "date");
    expect([dates.value, dates.reason, dates.claims.map((c: { value: string }) => c.value)]).toEqual([
      "2023-07-15",
      "the days reports say it took place, not an earlier plan's",
      ["2023-07-21", "2023-07-15"],
    ]);
  });

  it("keeps apart a plan that an article places beside the meeting that took place", async () => {
    const both = article(
      "2023-07-16",
      "Estonia and Latvia met in Tallinn",
      "The prime ministers of Estonia and Latvia met in Tallinn on Saturday and will meet there again on 21 July, officials said.",
    );
    for (const order of [
      [plannedFor21, both],
      [both, plannedFor21],
    ]) {
      const { rows } = await timeline(...order);
      expect(rows).toEqual([
        ["2023-07-15", null, "held", 1],
        ["2023-07-21", null, "scheduled", 2],
      ]);
    }
  });

  it("keeps apart a plan made after the meeting took place", async () => {
    const { rows } = await timeline(heldOn15, plan("2023-07-17", "21 July"));
    expect(rows).toEqual([
      ["2023-07-15", null, "held", 1],
      ["2023-07-21", null, "scheduled", 1],
    ]);
  });

  it("keeps apart talks a report written on their first day tells under way, which are no plan", async () => {
    const begun = article(
      "2023-07-10",
      "Estonia and Latvia open talks in Tallinn",
      'Negotiators of Estonia and Latvia opened talks in Tallinn on Monday. "The talks started today, the 10th of July, and will end on the 11th of July," officials said.',
    );
    for (const order of [
      [begun, heldOn15],
      [heldOn15, begun],
    ]) {
      const { rows } = await timeline(...order);
      expect(rows).toEqual([
        ["2023-07-10", "2023-07-11", "scheduled", 1],
        ["2023-07-15", null, "held", 1],
      ]);
    }
  });

  it("keeps apart a plan of other sides, naming no side, or more than a week away", async () => {
    const namingNoSide = article(
      "2023-06-02",
      "Leaders to meet again",
      "The two prime ministers will hold their next meeting in Tallinn on 21 July, officials said.",
    );
    for (const other of [
      plan("2023-06-02", "21 July", "Finland and Sweden"),
      namingNoSide,
      plan("2023-06-02", "24 July"),
    ]) {
      const { listed } = await timeline(other, heldOn15);
      expect(listed.map((m) => m.status)).toEqual(["held", "scheduled"]);
    }
  });

  it("keeps apart a plan that shares only the host country with the meeting", async () => {
    // Estonia hosts both: it names no side the two have in common.
    for (const order of [
      [plan("2023-06-02", "21 July", "Estonia and Finland"), heldOn15],
      [heldOn15, plan("2023-06-02", "21 July", "Estonia and Finland")],
    ]) {
      const { listed } = await timeline(...order);
      expect(listed.map((m) => m.status)).toEqual(["held", "scheduled"]);
    }
  });
});

describe("the meetings a week around a plan or a meeting", () => {
  it("include one that started long before and ends in the days, from a bounded range of the date index", () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    const insert = db.$client.prepare(
      `INSERT INTO meetings (id, title, date, end_date, date_certainty, city, country, city_key, country_key, status)
         VALUES (?, ?, ?, ?, 'stated', 'Tallinn', 'Estonia', 'tallinn', 'estonia', 'held')`,
    );
    for (let i = 0; i < 200; i++) {
      const date = new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
      insert.run(`m-${i}`, `Talks ${i}`, date, null);
    }
    insert.run("conference", "A long conference", "2023-05-01", "2023-06-10");
    const between = writeStatements(db).meetingsBetween;
    const ids = between.all({ from: "2023-06-08", to: "2023-06-10" }).map((m) => m.id);
    expect(ids).toEqual(["conference", "m-158", "m-159", "m-160"]);
    const text = between.getQuery().sql;
    const days = Array.from({ length: text.split("?").length - 1 }, () => "2023-06-08");
    const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...days) as { detail: string }[]).map(
      (step) => step.detail,
    );
    expect(plan).toContain("SEARCH meetings USING INDEX meetings_date_idx (date>? AND date<?)");
    db.$client.close();
  });
});
