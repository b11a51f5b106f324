import { describe, expect, it } from "vitest";
import { auth, http, reportText, writableApp } from "../helpers.js";

const article = reportText;
const post = (app: Awaited<ReturnType<typeof writableApp>>, text: string) =>
  http(app).post("/articles").set(auth).set("content-type", "text/plain").send(text);

describe("consolidating reports of one meeting", () => {
  it("joins a report a day off at the span's edge to the known meeting", async () => {
    const app = await writableApp();
    await post(
      app,
      article(
        "2023-05-04",
        "Talks in Tallinn",
        "The delegations held two days of talks in Tallinn that ended on Thursday.",
      ),
    );
    await post(
      app,
      article(
        "2023-05-06",
        "Talks in Tallinn over",
        "The delegations met in Tallinn on Friday, officials said.",
      ),
    );
    const res = await http(app).get("/meetings?city=Tallinn");
    expect(res.body.data.map((m: { date: string; endDate: string | null }) => [m.date, m.endDate])).toEqual([
      ["2023-05-03", "2023-05-05"],
    ]);
  });

  it("keeps apart meetings a day apart in one city whose sides disagree, and joins them when a side is shared", async () => {
    // 2023-05-09 is a Tuesday: Monday the 8th, Tuesday the 9th. Estonia hosts all of them.
    const monday = article(
      "2023-05-09",
      "Japan and Estonia meet",
      "The foreign ministers of Japan and Estonia met in Tallinn on Monday, officials said.",
    );
    const tuesday = article(
      "2023-05-09",
      "Canada and Estonia meet",
      "The foreign ministers of Canada and Estonia met in Tallinn on Tuesday, officials said.",
    );
    const sameSides = article(
      "2023-05-09",
      "Japan and Estonia meet again",
      "The foreign ministers of Japan and Estonia met again in Tallinn on Tuesday, officials said.",
    );
    const rows = async (...texts: string[]) => {
      const app = await writableApp();
      for (const text of texts) await post(app, text).expect(201);
      const res = await http(app).get("/meetings?city=Tallinn");
      return res.body.data.map((m: { date: string; endDate: string | null }) => [m.date, m.endDate]);
    };
    const apart = [
      ["2023-05-08", null],
      ["2023-05-09", null],
    ];
    expect(await rows(monday, tuesday)).toEqual(apart);
    expect(await rows(tuesday, monday)).toEqual(apart);
    expect(await rows(monday, sameSides)).toEqual([["2023-05-08", "2023-05-09"]]);
  });

  it("keeps every day one article gives a meeting in several sentences", async () => {
    // 2023-05-06 is a Saturday: a dinner on Sunday the 7th, talks on Monday the 8th, each read as a meeting.
    const app = await writableApp();
    await post(
      app,
      article(
        "2023-05-06",
        "Talks in Tallinn",
        "The foreign ministers will open their talks over dinner in Tallinn on Sunday, and the delegations will meet in Tallinn on Monday.",
      ),
    );
    const res = await http(app).get("/meetings?city=Tallinn");
    expect(res.body.data.map((m: { date: string; endDate: string | null }) => [m.date, m.endDate])).toEqual([
      ["2023-05-07", "2023-05-08"],
    ]);
    const detail = (await http(app).get(`/meetings/${res.body.data[0].id}`)).body;
    expect([detail.sourceCount, detail.disputes]).toEqual([1, []]);
  });

  it("moves a meeting an article says was put off by a day, rather than stretching it over both days", async () => {
    // 2023-05-04 is a Thursday: postponed from Friday the 5th to Saturday the 6th.
    const app = await writableApp();
    await post(
      app,
      article(
        "2023-05-04",
        "Tallinn talks put off by a day",
        "The talks in Tallinn planned for Friday were postponed. The delegations will now meet in Tallinn on Saturday, officials said.",
      ),
    );
    const res = await http(app).get("/meetings?city=Tallinn");
    expect(
      res.body.data.map((m: { date: string; endDate: string | null; status: string }) => [
        m.date,
        m.endDate,
        m.status,
      ]),
    ).toEqual([["2023-05-06", null, "scheduled"]]);
  });

  it("keeps an article's days of two meetings that a later report shows to be one, after that report is deleted", async () => {
    const app = await writableApp();
    // 2023-05-06 is a Saturday: a dinner on Sunday the 7th, talks on Wednesday the 10th, three days apart.
    await post(
      app,
      article(
        "2023-05-06",
        "Talks in Tallinn",
        "The ministers will dine in Tallinn on Sunday, and the delegations will meet in Tallinn again on Wednesday.",
      ),
    );
    const days = async () =>
      (await http(app).get("/meetings?city=Tallinn")).body.data.map(
        (m: { date: string; endDate: string | null }) => [m.date, m.endDate],
      );
    expect(await days()).toEqual([
      ["2023-05-07", null],
      ["2023-05-10", null],
    ]);
    const bridge = await post(
      app,
      article(
        "2023-05-11",
        "Talks in Tallinn end",
        "The talks in Tallinn, held from May 7 to May 10, ended without agreement.",
      ),
    );
    expect(await days()).toEqual([["2023-05-07", "2023-05-10"]]);
    await http(app).delete(`/articles/${bridge.body.articleId}`).set(auth).expect(204);
    expect(await days()).toEqual([["2023-05-07", "2023-05-10"]]);
  });

  it("takes the status of reports of one day by what they say, not by their ids", async () => {
    // 2023-05-04 is a Thursday: every report speaks of Friday the 5th. Texts that differ in a word have unrelated ids
    // (content hashes), so whichever sorts first, the report that it was postponed decides.
    const postponed = article(
      "2023-05-04",
      "Tallinn talks off",
      "The meeting in Tallinn on May 5 was postponed.",
    );
    const variants = [
      "Friday",
      "Friday morning",
      "Friday afternoon",
      "Friday evening",
      "Friday, May 5",
      "Friday at noon",
    ].map((when) =>
      article("2023-05-04", "Talks in Tallinn", `The delegations will meet in Tallinn on ${when}.`),
    );
    const statuses = new Set<string>();
    for (const scheduled of variants) {
      for (const order of [
        [scheduled, postponed],
        [postponed, scheduled],
      ]) {
        const app = await writableApp();
        for (const text of order) expect((await post(app, text)).status).toBe(201);
        const res = await http(app).get("/meetings?city=Tallinn");
        expect(res.body.data).toHaveLength(1);
        statuses.add(res.body.data[0].status);
      }
    }
    expect([...statuses]).toEqual(["postponed"]);
  }, 60_000);
});
