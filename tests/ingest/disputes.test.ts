import { describe, expect, it } from "vitest";
import { auth, http, postArticle, reportText, writableApp } from "../helpers.js";
import { checkThroughout, lifecycleApp } from "./lifecycle.js";

const article = reportText;
type Claim = {
  value: string;
  articleIds: string[];
  sources: { articleId: string; start: number; end: number }[];
};
type Dispute = { field: string; value: string; reason: string; claims: Claim[] };

// 2023-05-04 is a Thursday.
const friday = article("2023-05-04", "Talks in Tallinn", "The delegations will meet in Tallinn on Friday.");
const saturday = article(
  "2023-05-08",
  "Talks in Tallinn over",
  "The delegations met in Tallinn on Saturday, May 6, officials said.",
);

describe("disputes[]: where the reports of a meeting disagree", () => {
  it("shows two reports dating one meeting a day apart as a date dispute, each claim with its report and sentence", async () => {
    const life = await lifecycleApp();
    const a = (await life.post(friday)).body.articleId;
    const b = (await life.post(saturday)).body.articleId;
    await checkThroughout(life, async (app) => {
      const list = (await http(app).get("/meetings?city=Tallinn").expect(200)).body.data;
      expect(list).toHaveLength(1);
      const meeting = (await http(app).get(`/meetings/${list[0].id}`).expect(200)).body;
      expect(meeting.disputes).toHaveLength(1);
      const [dispute] = meeting.disputes as Dispute[];
      expect(dispute).toMatchObject({
        field: "date",
        value: "2023-05-05/2023-05-06",
        reason: "the days of every report",
      });
      expect(dispute?.claims.map((c) => [c.value, c.articleIds])).toEqual([
        ["2023-05-05", [a]],
        ["2023-05-06", [b]],
      ]);
      for (const claim of dispute?.claims ?? []) {
        const source = claim.sources[0];
        expect(source?.articleId).toBe(claim.articleIds[0]);
        const text = (await http(app).get(`/articles/${source?.articleId}`)).body.text as string;
        expect(text.slice(source?.start, source?.end)).toContain("Tallinn");
      }
    });
  });

  it("is empty when the reports agree, and a plan written before the meeting does not dispute its being held", async () => {
    const app = await writableApp();
    const post = (text: string) => postArticle(app, text);
    await post(friday);
    await post(
      article("2023-05-08", "Tallinn talks held", "The delegations met in Tallinn on Friday, May 5."),
    );
    const [meeting] = (await http(app).get("/meetings?city=Tallinn&include=disputes")).body.data;
    expect([meeting.status, meeting.sourceCount, meeting.disputes]).toEqual(["held", 2, []]);
    expect((await http(app).get(`/meetings/${meeting.id}`)).body.disputes).toEqual([]);
  });

  it("shows a status dispute between reports written after the day, with the chosen status and why", async () => {
    const app = await writableApp();
    const post = (text: string) => postArticle(app, text);
    const held = (await post(article("2023-05-06", "Tallinn", "The delegations met in Tallinn on Friday.")))
      .body.articleId;
    const off = (
      await post(article("2023-05-06", "Tallinn off", "The meeting in Tallinn on May 5 was postponed."))
    ).body.articleId;
    const [meeting] = (await http(app).get("/meetings?city=Tallinn&include=disputes")).body.data;
    expect(meeting.status).toBe("held");
    const status = (meeting.disputes as Dispute[]).find((d) => d.field === "status");
    expect(status?.value).toBe("held");
    expect(status?.reason).toMatch(/latest report/);
    expect(status?.claims.map((c) => [c.value, c.articleIds])).toEqual([
      ["held", [held]],
      ["postponed", [off]],
    ]);
    // An editor's word settles it, and the dispute says so.
    await http(app)
      .patch(`/meetings/${meeting.id}`)
      .set(auth)
      .send({ status: "postponed", note: "n" })
      .expect(200);
    const corrected = (await http(app).get(`/meetings/${meeting.id}`)).body.disputes as Dispute[];
    expect(corrected.find((d) => d.field === "status")).toMatchObject({
      value: "postponed",
      reason: "an editor's correction",
    });
  });
});
