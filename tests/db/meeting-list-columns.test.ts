import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/queries/index.js";
import { auth, fixtureArticle, http, recordingPrepares, seededDatabase, writableApp } from "../helpers.js";

/** The names and source count as the list read them before they were kept on the row. */
const names = (role: string) =>
  `(SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
     JOIN participants p ON p.id = mp.participant_id
     WHERE mp.meeting_id = m.id AND mp.role = '${role}' ORDER BY p.name))`;

/** Meetings whose stored names or source count differ from their links and reports. */
const stale = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      `SELECT m.id, m.organization_names, m.party_names, m.source_count FROM meetings m
       WHERE m.organization_names IS NOT ${names("organization")} OR m.party_names IS NOT ${names("party")}
         OR m.source_count IS NOT (SELECT count(*) FROM meeting_reports r WHERE r.meeting_id = m.id)`,
    )
    .all();

describe("a meeting's organisation and party names and source count, kept on its row", () => {
  it("stay equal to its links and reports through ingestion, corrections, merges, deletions and renames", async () => {
    const app = await writableApp();
    const sqlite = app.db.$client;
    expect(
      sqlite.prepare("SELECT count(*) FROM meetings WHERE party_names <> '[]'").pluck().get(),
    ).toBeGreaterThan(0);
    expect(stale(sqlite)).toEqual([]);
    const posted = await http(app)
      .post("/articles")
      .set(auth)
      .set("content-type", "text/plain")
      .send(fixtureArticle("salzburg-osce"))
      .expect(201);
    expect(stale(sqlite)).toEqual([]);
    const vienna = "/meetings/2022-01-13-vienna";
    await http(app)
      .patch(vienna)
      .set(auth)
      .send({ parties: ["Poland", "Russia", "United States"], note: "Poland took part." })
      .expect(200);
    expect((await http(app).get("/meetings?limit=100")).body.data).toContainEqual(
      expect.objectContaining({ id: "2022-01-13-vienna", parties: ["Poland", "Russia", "United States"] }),
    );
    expect(stale(sqlite)).toEqual([]);
    await http(app)
      .post(`${vienna}/merge`)
      .set(auth)
      .send({ otherId: "2022-01-13-salzburg", note: "Vienna, not Salzburg." })
      .expect(200);
    expect((await http(app).get(vienna)).body.sourceCount).toBe(2);
    expect(stale(sqlite)).toEqual([]);
    await http(app).delete(`/articles/${posted.body.articleId}`).set(auth).expect(204);
    expect(stale(sqlite)).toEqual([]);
    sqlite.prepare("UPDATE participants SET name = 'Russian Federation' WHERE id = 'russia'").run();
    expect(stale(sqlite)).toEqual([]);
    await http(app).post("/meetings/2022-01-13-vienna/withdraw").set(auth).send({ note: "n" });
    expect(stale(sqlite)).toEqual([]);
  });

  it("make a listed meeting one row read: the list's plan reads no links or reports", () => {
    const db = seededDatabase();
    const texts: string[] = [];
    const sqlite = db.$client;
    const repos = createRepositories(recordingPrepares(sqlite, texts));
    texts.length = 0;
    expect(
      repos.meetings.list({ from: "2022-01-01", to: "2022-03-01", limit: 50 }).rows.length,
    ).toBeGreaterThan(0);
    const listText = texts.find((t) => t.includes("ORDER BY m.date"));
    expect(listText).toBeDefined();
    const nulls = Array.from({ length: (listText as string).split("?").length - 1 }, () => null);
    const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${listText}`).all(...nulls) as { detail: string }[]).map(
      (s) => s.detail,
    );
    expect(plan.filter((d) => /meeting_participants|meeting_reports|participants/.test(d))).toEqual([]);
  });

  it("keep the meeting list's cursors: a cursor the previous build issued still pages on", async () => {
    const app = await writableApp();
    // `page.next` of /meetings?limit=1, and of sort=-date, from the build that read names through subqueries.
    const issued = {
      date: "WyJReWozNGhZVCIsIjIwMjItMDEtMTAiLCIyMDIyLTAxLTEwLWdlbmV2YSJd",
      "-date": "WyIxbW04S3pwNSIsIjIwMjItMDEtMTMiLCIyMDIyLTAxLTEzLXZpZW5uYSJd",
    };
    for (const [sort, cursor] of Object.entries(issued)) {
      expect((await http(app).get(`/meetings?limit=1&sort=${sort}`).expect(200)).body.page.next).toBe(cursor);
      const next = await http(app).get(`/meetings?limit=1&sort=${sort}&cursor=${cursor}`).expect(200);
      expect(next.body.data).toHaveLength(1);
    }
  });
});
