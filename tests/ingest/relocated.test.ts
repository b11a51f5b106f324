import { describe, expect, it } from "vitest";
import { http, postArticle, reportText, writableApp } from "../helpers.js";

// 2024-03-05 is a Tuesday. Talks announced for Riga take place in Vilnius on the same day.
const planned = (sides: string) =>
  reportText(
    "2024-03-01",
    `${sides} to open transit talks`,
    `RIGA — Delegations of ${sides} will hold talks in Riga on March 5 on a transit accord, officials said.`,
  );
const heldElsewhere = reportText(
  "2024-03-06",
  "Moldova and Georgia meet in Vilnius",
  "VILNIUS — Delegations of Moldova and Georgia held talks in Vilnius on Tuesday on a transit accord, officials said.",
);

type Listed = { id: string; date: string; city: string; status: string };
const listed = async (app: Awaited<ReturnType<typeof writableApp>>) =>
  (await http(app).get("/meetings?from=2024-01-01&limit=100")).body.data as Listed[];
const sourcesOf = async (app: Awaited<ReturnType<typeof writableApp>>, id: string) =>
  [
    ...new Set(
      ((await http(app).get(`/meetings/${id}`)).body.sources as { articleId: string }[]).map(
        (s) => s.articleId,
      ),
    ),
  ].sort();

describe("a plan of talks in one city that took place in another on its days", () => {
  it("is a plan of the talks that took place, whichever report arrives first", async () => {
    for (const first of ["plan", "meeting"]) {
      const app = await writableApp();
      const texts =
        first === "plan"
          ? [planned("Moldova and Georgia"), heldElsewhere]
          : [heldElsewhere, planned("Moldova and Georgia")];
      const ids = [];
      for (const text of texts) ids.push((await postArticle(app, text)).body.articleId);
      const meetings = await listed(app);
      expect(meetings.map((m) => `${m.date} ${m.city} ${m.status}`)).toEqual(["2024-03-05 Vilnius held"]);
      expect(await sourcesOf(app, meetings[0]?.id as string)).toEqual(ids.sort());
    }
  });

  it("stays apart when it names other sides", async () => {
    const app = await writableApp();
    await postArticle(app, planned("Moldova and Armenia"));
    await postArticle(app, heldElsewhere);
    expect((await listed(app)).map((m) => m.city).sort()).toEqual(["Riga", "Vilnius"]);
  });
});
