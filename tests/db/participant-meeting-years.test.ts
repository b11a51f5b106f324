import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/queries/index.js";
import { type MeetingFilters, meetingConditions } from "../../src/db/queries/meeting-filters.js";
import { countUpTo, createStatementCache } from "../../src/db/queries/statements.js";
import { seededDatabase } from "../helpers.js";

/** The table as it should be: a participant's distinct meetings (date and id of their links) per year. */
const recount = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      `SELECT participant_id, substr(meeting_date, 1, 4) AS year, count(*) AS meetings FROM
        (SELECT DISTINCT participant_id, meeting_date, meeting_id FROM meeting_participants) GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
const stored = (sqlite: Database.Database) =>
  sqlite.prepare("SELECT participant_id, year, meetings FROM participant_meeting_years ORDER BY 1, 2").all();

/** The seed plus Russia in 30 meetings over 2028–2031, two roles in every fifth, every fourth lasting into the next year. */
function yearsDatabase() {
  const db = seededDatabase();
  const sqlite = db.$client;
  const meeting = sqlite.prepare(
    `INSERT INTO meetings (id, title, date, end_date, date_certainty, city, country, city_key, country_key, status)
     VALUES (?, 'Talks', ?, ?, 'stated', 'Geneva', 'Switzerland', 'geneva', 'switzerland', 'held')`,
  );
  const link = sqlite.prepare(
    "INSERT INTO meeting_participants (meeting_id, participant_id, role) VALUES (?, 'russia', ?)",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < 30; i++) {
      const year = 2028 + Math.floor(i / 8);
      const date = i % 4 === 3 ? `${year}-12-30` : `${year}-0${1 + (i % 8)}-1${i % 10}`;
      meeting.run(`years-${i}`, date, i % 4 === 3 ? `${year + 1}-01-02` : null);
      link.run(`years-${i}`, "party");
      if (i % 5 === 0) link.run(`years-${i}`, "attendee");
    }
  })();
  return db;
}

describe("participant_meeting_years", () => {
  it("holds each participant's distinct meetings per year through every kind of write", () => {
    const db = yearsDatabase();
    const sqlite = db.$client;
    expect(stored(sqlite)).toEqual(recount(sqlite));
    expect(stored(sqlite).length).toBeGreaterThan(4);
    const steps = [
      // A meeting moved across a year (its links' dates follow by trigger), one role of two dropped, a link
      // re-pointed to another meeting, a meeting deleted (its links cascade), a participant deleted.
      "UPDATE meetings SET date = '2027-06-01' WHERE id = 'years-0'",
      "DELETE FROM meeting_participants WHERE meeting_id = 'years-5' AND role = 'attendee'",
      "DELETE FROM meeting_participants WHERE meeting_id = 'years-10' AND role = 'party'",
      `INSERT INTO meetings (id, title, date, date_certainty, city, country, city_key, country_key, status)
        VALUES ('years-extra', 'Talks', '2026-02-02', 'stated', 'Bern', 'Switzerland', 'bern', 'switzerland', 'held')`,
      "UPDATE meeting_participants SET meeting_id = 'years-extra' WHERE meeting_id = 'years-21'",
      "DELETE FROM meetings WHERE id = 'years-12'",
      "INSERT INTO meeting_participants (meeting_id, participant_id, role) VALUES ('years-3', 'russia', 'organization')",
      "UPDATE meeting_participants SET meeting_date = '1999-01-01' WHERE meeting_id = 'years-7'",
    ];
    for (const step of steps) {
      sqlite.prepare(step).run();
      expect([step, stored(sqlite)]).toEqual([step, recount(sqlite)]);
    }
    const participant = sqlite
      .prepare("SELECT participant_id FROM meeting_participants LIMIT 1")
      .pluck()
      .get();
    sqlite.pragma("foreign_keys = ON");
    sqlite.prepare("DELETE FROM participants WHERE id = ?").run(participant);
    expect(stored(sqlite)).toEqual(recount(sqlite));
    sqlite.close();
  });

  it("gives the same totals as counting their meetings, across years", () => {
    const db = yearsDatabase();
    const repos = createRepositories(db.$client);
    const usual = (f: MeetingFilters) => {
      const c = meetingConditions(f);
      return countUpTo(
        createStatementCache(db.$client),
        `meetings m WHERE ${c.where.join(" AND ")}`,
        c.params,
      );
    };
    const days = [
      "2027-01-01",
      "2028-03-13",
      "2028-12-31",
      "2029-01-01",
      "2029-01-02",
      "2030-05-15",
      "2031-12-31",
    ];
    const cases: MeetingFilters[] = [
      { participant: "russia" },
      { participant: "nobody", from: "2028-01-01" },
    ];
    for (const from of [undefined, ...days])
      for (const to of [undefined, ...days]) cases.push({ participant: "russia", from, to });
    for (const f of cases) expect([f, repos.meetings.total(f)]).toEqual([f, usual(f)]);
    const detail = repos.participants.get("russia", 5);
    expect(detail?.allMeetings).toMatchObject({ total: usual({ participant: "russia" }) });
    db.$client.close();
  });
});
