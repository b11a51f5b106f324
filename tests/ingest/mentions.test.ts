import { describe, expect, it } from "vitest";
import { auth, http, postArticle, reportText, writableApp } from "../helpers.js";

// 2024-03-05 is a Tuesday. The meeting reports name their venue; the later reports recall a meeting by its day only,
// which the extractor reads no meeting from (no venue in the sentence).
const rigaTalks = reportText(
  "2024-03-06",
  "Moldova and Georgia open transit talks",
  "RIGA — Delegations of Moldova and Georgia held talks in Riga on Tuesday on a transit accord, officials said.",
);
const vilniusTalks = reportText(
  "2024-03-06",
  "Moldova and Georgia meet in Vilnius",
  "VILNIUS — Delegations of Moldova and Georgia held talks in Vilnius on Tuesday on energy links, officials said.",
);
const recall = (sentence: string, elsewhere = "Latvian diplomats in Riga have offered help with the text.") =>
  reportText(
    "2024-03-20",
    "Moldova and Georgia near transit accord",
    `Moldova and Georgia expect to sign a transit accord before the summer, officials said on Wednesday. ${sentence} ${elsewhere}`,
  );
const byDayAlone = recall("Their first round of talks was held on March 5.");

type Listed = { id: string; date: string; city: string; status: string; sourceCount: number };

async function meetings(app: Awaited<ReturnType<typeof writableApp>>) {
  return (await http(app).get("/meetings?limit=100")).body.data as Listed[];
}

async function sourcesOf(app: Awaited<ReturnType<typeof writableApp>>, id: string) {
  const detail = (await http(app).get(`/meetings/${id}`)).body;
  return [...new Set((detail.sources as { articleId: string }[]).map((s) => s.articleId))].sort();
}

describe("a report that recalls a known meeting by its day alone", () => {
  it("is listed among the meeting's sources, and creates and changes nothing", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    const before = await meetings(app);
    const mention = (await postArticle(app, byDayAlone)).body.articleId;
    const after = await meetings(app);
    expect(after).toEqual(before);
    const riga = after.find((m) => m.city === "Riga") as Listed;
    expect([riga.date, riga.status]).toEqual(["2024-03-05", "held"]);
    expect(await sourcesOf(app, riga.id)).toEqual([meeting, mention].sort());
  });

  it("is listed when its day is a day off the edge of the meeting's days, as a report's would join it", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    const mention = (await postArticle(app, recall("Their first round of talks opened on March 4."))).body
      .articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect([riga.date, riga.status]).toEqual(["2024-03-05", "held"]);
    expect(await sourcesOf(app, riga.id)).toEqual([meeting, mention].sort());
  });

  it("is listed when its day stands in a clause of its own with no more than when ('Earlier on March 5, …')", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    const before = await meetings(app);
    const mention = (
      await postArticle(app, recall("Earlier on March 5, their delegations opened a first round of talks."))
    ).body.articleId;
    expect(await meetings(app)).toEqual(before);
    const riga = before.find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).toEqual([meeting, mention].sort());
  });

  it("is no mention when the clause of its day says more than when ('Speaking on March 5, …')", async () => {
    const app = await writableApp();
    await postArticle(app, rigaTalks);
    const mention = (
      await postArticle(app, recall("Speaking on March 5, a minister said a first round of talks went well."))
    ).body.articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).not.toContain(mention);
  });

  it("is listed whichever report arrives first", async () => {
    const app = await writableApp();
    const mention = (await postArticle(app, byDayAlone)).body.articleId;
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).toEqual([meeting, mention].sort());
  });

  it("is no source of either of two meetings its day fits, whichever arrives last", async () => {
    const both = recall(
      "Their first round of talks was held on March 5.",
      "Diplomats in Riga and in Vilnius have offered help.",
    );
    for (const order of [
      [rigaTalks, vilniusTalks, both],
      [both, rigaTalks, vilniusTalks],
    ]) {
      const app = await writableApp();
      const ids = [];
      for (const text of order) ids.push((await postArticle(app, text)).body.articleId);
      const mention = ids[order.indexOf(both)];
      for (const m of await meetings(app)) expect(await sourcesOf(app, m.id)).not.toContain(mention);
    }
  });

  it("is no source when its clause places the meeting elsewhere or names no meeting", async () => {
    const app = await writableApp();
    await postArticle(app, rigaTalks);
    const inEstonia = (
      await postArticle(app, recall("Their first round of talks was held in Estonia on March 5."))
    ).body.articleId;
    const noMeeting = (await postArticle(app, recall("The ceasefire they agreed on March 5 has held."))).body
      .articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    const sources = await sourcesOf(app, riga.id);
    expect(sources).not.toContain(inEstonia);
    expect(sources).not.toContain(noMeeting);
  });

  it("is no source of a meeting of other sides; naming no city, it is of the one meeting of its sides that day", async () => {
    const app = await writableApp();
    await postArticle(app, rigaTalks);
    const otherSides = (
      await postArticle(
        app,
        reportText(
          "2024-03-20",
          "Chile and Peru near fishing accord",
          "Chile and Peru expect to sign a fishing accord soon, officials said on Wednesday. Their first round of talks was held on March 5. Diplomats in Riga have offered help.",
        ),
      )
    ).body.articleId;
    const noCity = (await postArticle(app, recall("Their first round of talks was held on March 5.", "")))
      .body.articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    const sources = await sourcesOf(app, riga.id);
    expect(sources).not.toContain(otherSides);
    // The same parties on the same day place it as its city would (the "names no venue but the same parties").
    expect(sources).toContain(noCity);
  });

  it("knows a side under any of its names: 'Czech officials' are of the Czech Republic", async () => {
    const app = await writableApp();
    // Austria hosts: the Czech Republic is the one side that tells the meeting apart.
    await postArticle(
      app,
      reportText(
        "2024-03-06",
        "Austria hosts Czech talks",
        "VIENNA — Delegations of the Czech Republic and Austria held talks in Vienna on Tuesday on a rail link, officials said.",
      ),
    );
    const mention = (
      await postArticle(
        app,
        reportText(
          "2024-03-20",
          "Rail link nears approval",
          "Czech officials expect the rail link to be approved soon. Their first round of talks was held on March 5. Engineers in Vienna have begun surveys.",
        ),
      )
    ).body.articleId;
    const vienna = (await meetings(app)).find(
      (m) => m.city === "Vienna" && m.date === "2024-03-05",
    ) as Listed;
    expect(await sourcesOf(app, vienna.id)).toContain(mention);
  });

  it("becomes a source of the one meeting left when the report of the other is deleted", async () => {
    const app = await writableApp();
    const both = recall(
      "Their first round of talks was held on March 5.",
      "Diplomats in Riga and in Vilnius have offered help.",
    );
    await postArticle(app, rigaTalks);
    const vilnius = (await postArticle(app, vilniusTalks)).body.articleId;
    const mention = (await postArticle(app, both)).body.articleId;
    await http(app).delete(`/articles/${vilnius}`).set(auth).expect(204);
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).toContain(mention);
  });
});

describe("a report written during a meeting's days that names its venue alone", () => {
  // Written on the Wednesday after the Tuesday talks in Riga; its sentence gives the place and no day.
  const placeAlone = (date: string, sentence: string) =>
    reportText(
      date,
      "Moldova and Georgia near transit accord",
      `${sentence} Officials expect a text by the summer.`,
    );

  const progress = placeAlone(
    "2024-03-06",
    "The talks between Moldova and Georgia in Riga made progress, a Moldovan envoy said.",
  );

  it("is listed among the meeting's sources when it fits that one meeting, and creates and changes nothing", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    const before = await meetings(app);
    const mention = (await postArticle(app, progress)).body.articleId;
    const after = await meetings(app);
    expect(after).toEqual(before);
    const riga = after.find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).toEqual([meeting, mention].sort());
  });

  it("is listed when it arrives before the meeting's report", async () => {
    const app = await writableApp();
    const mention = (await postArticle(app, progress)).body.articleId;
    expect((await meetings(app)).filter((m) => m.city === "Riga")).toEqual([]);
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).toEqual([meeting, mention].sort());
  });

  it("is listed when the dateline gives the report's date ('March 5 (Agency) -- … met in Riga')", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    const mention = (
      await postArticle(
        app,
        placeAlone(
          "2024-03-06",
          "March 6 (Baltic Wire) -- Delegations of Moldova and Georgia met in Riga, and the meeting ended without a joint statement.",
        ),
      )
    ).body.articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).toEqual([meeting, mention].sort());
  });

  it("is listed when it puts the meeting in 'the Latvian city of Riga'", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    const mention = (
      await postArticle(
        app,
        placeAlone(
          "2024-03-06",
          "Delegations of Moldova and Georgia met in the Latvian city of Riga, an envoy said.",
        ),
      )
    ).body.articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).toEqual([meeting, mention].sort());
  });

  it("makes a meeting its reports left scheduled held when written on its day under a dated dateline", async () => {
    const app = await writableApp();
    const plan = reportText(
      "2024-03-03",
      "Moldova and Georgia to talk transit",
      "RIGA — Delegations of Moldova and Georgia will hold talks in Riga on Tuesday on a transit accord, officials said.",
    );
    const announced = (await postArticle(app, plan)).body.articleId;
    expect((await meetings(app)).find((m) => m.city === "Riga")?.status).toBe("scheduled");
    const mention = (
      await postArticle(
        app,
        placeAlone(
          "2024-03-05",
          "March 5 (Baltic Wire) -- Delegations of Moldova and Georgia met in Riga, and the meeting ended without a joint statement.",
        ),
      )
    ).body.articleId;
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect([riga.date, riga.status]).toEqual(["2024-03-05", "held"]);
    expect(await sourcesOf(app, riga.id)).toEqual([announced, mention].sort());
  });

  it("is not listed when written days after the meeting, when its day would say which meeting it is", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, rigaTalks)).body.articleId;
    await postArticle(
      app,
      placeAlone(
        "2024-03-12",
        "The talks between Moldova and Georgia in Riga made progress, a Moldovan envoy said.",
      ),
    );
    const riga = (await meetings(app)).find((m) => m.city === "Riga") as Listed;
    expect(await sourcesOf(app, riga.id)).toEqual([meeting]);
  });
});
