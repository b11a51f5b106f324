import { describe, expect, it } from "vitest";
import { auth, http, postArticle, reportText, writableApp } from "../helpers.js";

// 2024-03-05 is a Tuesday. A plan of talks in Riga, then reports written after that day that recall them by their
// day alone, which the extractor reads no meeting from (no venue in the sentence).
const plan = reportText(
  "2024-03-01",
  "Moldova and Georgia to open transit talks",
  "RIGA — Delegations of Moldova and Georgia will hold talks in Riga on March 5 on a transit accord, officials said.",
);
const recall = (sentence: string) =>
  reportText(
    "2024-03-20",
    "Moldova and Georgia near transit accord",
    `Moldova and Georgia expect to sign a transit accord before the summer, officials said on Wednesday. ${sentence} Latvian diplomats in Riga have offered help with the text.`,
  );
const over = recall("Their first round of talks was held on March 5.");

type Listed = { id: string; date: string; city: string; status: string };
const riga = async (app: Awaited<ReturnType<typeof writableApp>>) =>
  ((await http(app).get("/meetings?from=2024-01-01&limit=100")).body.data as Listed[]).filter(
    (m) => m.city === "Riga",
  );

describe("a report written after a meeting's days that recalls it as over", () => {
  it("makes a meeting its reports left scheduled held, whichever arrives first", async () => {
    for (const order of [
      [plan, over],
      [over, plan],
    ]) {
      const app = await writableApp();
      for (const text of order) await postArticle(app, text);
      expect((await riga(app)).map((m) => [m.date, m.status])).toEqual([["2024-03-05", "held"]]);
    }
  });

  it("makes it held when written on the meeting's day, after it, in a clause of its own", async () => {
    // Written on the Tuesday of the talks; what the sentence leaves open is the accord, not the meeting.
    const sameDay = reportText(
      "2024-03-05",
      "Moldova and Georgia near transit accord",
      "No accord is expected before the summer, Moldova's chief negotiator said on Tuesday after a round of talks with Georgia. Latvian diplomats in Riga have offered help with the text.",
    );
    for (const order of [
      [plan, sameDay],
      [sameDay, plan],
    ]) {
      const app = await writableApp();
      for (const text of order) await postArticle(app, text);
      expect((await riga(app)).map((m) => [m.date, m.status])).toEqual([["2024-03-05", "held"]]);
    }
  });

  it("reads talks that came before what the sentence tells ('following talks with …') as over", async () => {
    const following = recall(
      "Moldova's chief negotiator spoke to reporters following talks with Georgia on March 5.",
    );
    for (const order of [
      [plan, following],
      [following, plan],
    ]) {
      const app = await writableApp();
      for (const text of order) await postArticle(app, text);
      expect((await riga(app)).map((m) => [m.date, m.status])).toEqual([["2024-03-05", "held"]]);
    }
  });

  it("changes nothing when its sentence leaves the meeting open, though it is listed among its sources", async () => {
    const app = await writableApp();
    await postArticle(app, plan);
    const open = (await postArticle(app, recall("Their first round of talks was to be held on March 5.")))
      .body.articleId;
    const [meeting] = await riga(app);
    expect(meeting?.status).toBe("scheduled");
    const sources = (await http(app).get(`/meetings/${meeting?.id}`)).body.sources as { articleId: string }[];
    expect(sources.map((s) => s.articleId)).toContain(open);
  });

  it("no longer counts once its article is deleted", async () => {
    const app = await writableApp();
    await postArticle(app, plan);
    const recalling = (await postArticle(app, over)).body.articleId;
    expect((await riga(app)).map((m) => m.status)).toEqual(["held"]);
    await http(app).delete(`/articles/${recalling}`).set(auth).expect(204);
    expect((await riga(app)).map((m) => m.status)).toEqual(["scheduled"]);
  });
});
