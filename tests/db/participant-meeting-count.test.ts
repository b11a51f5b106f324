import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/queries/index.js";
import type { MeetingFilters } from "../../src/db/queries/meeting-filters.js";
import { meetingConditions } from "../../src/db/queries/meeting-filters.js";
import { countUpTo, createStatementCache } from "../../src/db/queries/statements.js";
import { appOver, recordingPrepares, seededDatabase } from "../helpers.js";

/**
 * The seed plus 40 meetings of Russia's in January 2030, every third lasting three days (so some start before a
 * `from` and last into it), the first with two roles.
 */
function busyDatabase() {
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
    for (let i = 0; i < 40; i++) {
      const day = 1 + Math.floor(i / 2);
      const date = `2030-01-${String(day).padStart(2, "0")}`;
      const end = i % 3 === 0 ? `2030-01-${String(day + 2).padStart(2, "0")}` : null;
      meeting.run(`2030-busy-${i}`, date, end);
      link.run(`2030-busy-${i}`, "party");
      if (i === 0) link.run(`2030-busy-${i}`, "attendee");
    }
  })();
  return db;
}

/** The count every other list uses: the meetings table filtered by `meetingConditions`. */
const usualCount = (sqlite: Database.Database, f: MeetingFilters) => {
  const c = meetingConditions(f);
  return countUpTo(createStatementCache(sqlite), `meetings m WHERE ${c.where.join(" AND ")}`, c.params);
};

describe("the total of /meetings?participant=", () => {
  it("is the number of their meetings the filters match, counted off their index by date", () => {
    const db = busyDatabase();
    const repos = createRepositories(db.$client);
    const cases: MeetingFilters[] = [
      { participant: "russia" },
      { participant: "russia", from: "2030-01-05" },
      { participant: "russia", from: "2030-01-06", to: "2030-01-12" },
      { participant: "russia", to: "2030-01-03" },
      { participant: "russia", from: "2030-01-12", to: "2030-01-11" },
      { participant: "russia", from: "2031-01-01" },
      { participant: "nobody" },
    ];
    for (const f of cases) expect([f, repos.meetings.total(f)]).toEqual([f, usualCount(db.$client, f)]);
    expect(repos.meetings.total({ participant: "russia", from: "2030-01-05" })).toBeGreaterThan(20);
    db.$client.close();
  });

  it("reads their yearly counts where no date is given, and the meetings only for days before `from`", () => {
    const db = busyDatabase();
    const texts: string[] = [];
    const repos = createRepositories(recordingPrepares(db.$client, texts));
    repos.meetings.total({ participant: "russia" });
    repos.meetings.total({ participant: "russia", from: "2030-01-05" });
    expect(texts.join("\n")).not.toMatch(/m\.id IN|FROM meetings m\b/);
    const planOf = (marker: string) => {
      const text = texts.find((t) => t.includes(marker)) as string;
      const nulls = Array.from({ length: text.split("?").length - 1 }, () => null);
      return (db.$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...nulls) as { detail: string }[]).map(
        (s) => s.detail,
      );
    };
    // A whole year is one row of participant_meeting_years; only `from`'s year is read off their entries.
    expect(texts.filter((t) => t.includes("SELECT DISTINCT mp.meeting_date"))).toHaveLength(1);
    expect(texts.join("\n")).toMatch(/FROM participant_meeting_years/);
    const entries = planOf("SELECT DISTINCT mp.meeting_date");
    expect(entries).toContainEqual(
      expect.stringMatching(/^SEARCH mp USING COVERING INDEX meeting_participants_participant_date_idx/),
    );
    expect(entries.join("\n")).not.toMatch(/ m /);
    // The meetings that start before `from`: a range of their entries, each joined to its date index entry.
    const before = planOf("GROUP BY");
    expect(before).toContainEqual(
      expect.stringMatching(
        /^SEARCH mp USING COVERING INDEX meeting_participants_participant_date_idx \(participant_id=\? AND meeting_date>\? AND meeting_date<\?\)/,
      ),
    );
    expect(before).toContainEqual(
      expect.stringMatching(/^SEARCH m USING COVERING INDEX meetings_date_idx \(date=\? AND id=\?\)/),
    );
    db.$client.close();
  });

  it("is counted the usual way when a meeting ends before it starts", () => {
    const db = busyDatabase();
    db.$client.prepare("UPDATE meetings SET end_date = '2030-01-01' WHERE id = '2030-busy-30'").run();
    const repos = createRepositories(db.$client);
    const f = { participant: "russia", from: "2030-01-05" };
    expect(repos.meetings.total(f)).toBe(usualCount(db.$client, f));
    db.$client.close();
  });

  it("is the page's total in the API, as before", async () => {
    const app = await appOver(busyDatabase());
    const res = await app.inject("/meetings?participant=russia&from=2030-01-05&limit=5");
    expect(res.json().page.total).toBe(
      usualCount(app.db.$client, { participant: "russia", from: "2030-01-05" }),
    );
    expect(res.headers["x-total-count"]).toBe(String(res.json().page.total));
  });
});
