import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createRepositories } from "../../src/db/queries/index.js";
import {
  appOver,
  auth,
  fixtureArticle,
  http,
  recordingPrepares,
  seededDatabase,
  writableApp,
} from "../helpers.js";

/** Links whose copy of their meeting's date differs from it. */
const stale = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      `SELECT mp.meeting_id, mp.participant_id, mp.role, mp.meeting_date FROM meeting_participants mp
       WHERE mp.meeting_date IS NOT (SELECT m.date FROM meetings m WHERE m.id = mp.meeting_id)`,
    )
    .all();

/** The plan steps of the first statement `run` prepares whose SQL contains `marker`. */
function planOf(
  sqlite: Database.Database,
  marker: string,
  run: (repos: ReturnType<typeof createRepositories>) => void,
) {
  const texts: string[] = [];
  run(createRepositories(recordingPrepares(sqlite, texts)));
  const text = texts.find((t) => t.includes(marker));
  expect(text).toBeDefined();
  const nulls = Array.from({ length: (text as string).split("?").length - 1 }, () => null);
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...nulls) as { detail: string }[]).map(
    (s) => s.detail,
  );
}

describe("a link's copy of its meeting's date (meeting_participants.meeting_date)", () => {
  it("stays equal to the meeting's date through ingestion, date corrections, merges and deletions", async () => {
    const app = await writableApp();
    const sqlite = app.db.$client;
    expect(sqlite.prepare("SELECT count(*) FROM meeting_participants").pluck().get()).toBeGreaterThan(0);
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
      .send({ date: "2022-01-14", note: "It met a day later." })
      .expect(200);
    expect(
      sqlite
        .prepare("SELECT DISTINCT meeting_date FROM meeting_participants WHERE meeting_id = ?")
        .pluck()
        .all("2022-01-13-vienna"),
    ).toEqual(["2022-01-14"]);
    expect(stale(sqlite)).toEqual([]);
    await http(app)
      .post(`${vienna}/merge`)
      .set(auth)
      .send({ otherId: "2022-01-13-salzburg", note: "Vienna, not Salzburg." })
      .expect(200);
    expect(stale(sqlite)).toEqual([]);
    await http(app).delete(`/articles/${posted.body.articleId}`).set(auth).expect(204);
    expect(stale(sqlite)).toEqual([]);
    // A writer that sets another date gets the meeting's back.
    sqlite.prepare("UPDATE meeting_participants SET meeting_date = '1900-01-01'").run();
    expect(stale(sqlite)).toEqual([]);
    await app.close();
  });

  it("is not exported: meeting_participants.ndjson lists the columns it always did", async () => {
    const app = await appOver(seededDatabase());
    const res = await http(app).get("/export/meeting_participants.ndjson").expect(200);
    const first = JSON.parse(res.text.split("\n")[0] as string);
    expect(Object.keys(first).sort()).toEqual(["meeting_id", "participant_id", "role"]);
    await app.close();
  });
});

describe("a participant's meetings read off their index entries by date", () => {
  it("a page of /meetings?participant=, either way and from a date, needs no sort and no table row", () => {
    const db = seededDatabase();
    for (const sort of ["date", "-date"] as const) {
      const plan = planOf(db.$client, "FROM meeting_participants mp JOIN", (repos) =>
        repos.meetings.list({ participant: "russia", from: "2020-01-01", sort, limit: 20 }),
      );
      expect(plan).toContainEqual(
        expect.stringMatching(/^SEARCH mp USING COVERING INDEX meeting_participants_participant_date_idx/),
      );
      expect(plan).toContainEqual(expect.stringMatching(/^SEARCH m USING COVERING INDEX meetings_date_idx/));
      expect(plan.join("\n")).not.toMatch(/TEMP B-TREE/);
    }
    db.$client.close();
  });

  it("a page that also filters by venue or status starts from that filter's index, not all their entries", () => {
    const db = seededDatabase();
    for (const filters of [{ city: "geneva" }, { country: "switzerland" }, { status: "held" as const }]) {
      const texts: string[] = [];
      createRepositories(recordingPrepares(db.$client, texts)).meetings.list({
        participant: "russia",
        ...filters,
        limit: 20,
      });
      expect(texts.some((t) => t.includes("FROM meeting_participants mp JOIN"))).toBe(false);
    }
    db.$client.close();
  });

  it("a participant's detail reads their meetings and roles the same way", () => {
    const db = seededDatabase();
    const plan = planOf(db.$client, "json_group_array(mp.role)", (repos) => repos.participants.get("russia"));
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH mp USING COVERING INDEX meeting_participants_participant_date_idx/),
    );
    expect(plan.join("\n")).not.toMatch(/TEMP B-TREE|CORRELATED/);
    db.$client.close();
  });

  it("lists a meeting a participant had several roles in once, with every role", async () => {
    const db = seededDatabase();
    const [link] = db.$client
      .prepare(
        "SELECT meeting_id AS meetingId FROM meeting_participants WHERE participant_id = 'russia' LIMIT 1",
      )
      .all() as { meetingId: string }[];
    const roles = db.$client
      .prepare("SELECT role FROM meeting_participants WHERE participant_id = 'russia' AND meeting_id = ?")
      .pluck()
      .all(link?.meetingId) as string[];
    const other = ["party", "organization", "attendee"].find((r) => !roles.includes(r)) as string;
    db.$client
      .prepare("INSERT INTO meeting_participants (meeting_id, participant_id, role) VALUES (?, 'russia', ?)")
      .run(link?.meetingId, other);
    const app = await appOver(db);
    const listed = (await http(app).get("/meetings?participant=russia&limit=100").expect(200)).body.data;
    expect(listed.filter((m: { id: string }) => m.id === link?.meetingId)).toHaveLength(1);
    const detail = (await http(app).get("/participants/russia").expect(200)).body;
    const meeting = detail.meetings.find((m: { id: string }) => m.id === link?.meetingId);
    expect(meeting.as).toEqual([...roles, other].sort());
    expect(detail.meetings.map((m: { id: string }) => m.id)).toEqual(
      listed.slice(0, detail.meetings.length).map((m: { id: string }) => m.id),
    );
    await app.close();
  });
});
