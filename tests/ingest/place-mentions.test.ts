import { describe, expect, it } from "vitest";
import { http, postArticle, reportText, writableApp } from "../helpers.js";

// A report that names a known meeting by its place alone, with no day in its sentence, written while the meeting runs
// or just after it. 2025-04-08 is a Tuesday.
type App = Awaited<ReturnType<typeof writableApp>>;
type Listed = { id: string; date: string; endDate: string | null; city: string; status: string };

const talksIn = (city: string, date = "2025-04-08", verb = "held talks") =>
  reportText(
    date,
    `Chile and Peru talk fisheries in ${city}`,
    `${city.toUpperCase()} — Delegations of Chile and Peru ${verb} in ${city} on Tuesday on a fisheries accord, officials said.`,
  );
const placeAlone = (date: string, sentence: string) =>
  reportText(date, "Chile and Peru near a fisheries accord", `${sentence} A text is expected by the winter.`);

async function meetings(app: App) {
  return (await http(app).get("/meetings?limit=100")).body.data as Listed[];
}
async function sourcesOf(app: App, id: string) {
  const detail = (await http(app).get(`/meetings/${id}`)).body;
  return [...new Set((detail.sources as { articleId: string }[]).map((s) => s.articleId))].sort();
}
const inCity = async (app: App, city: string) => (await meetings(app)).find((m) => m.city === city) as Listed;

describe("a report that names a known meeting's place by its country alone", () => {
  const closeInPeru = placeAlone(
    "2025-04-09",
    "Chilean and Peruvian envoys shook hands at the close of the fisheries talks in Peru, a spokesman said.",
  );

  it("is listed among the meeting's sources when it is the one meeting there on those days, creating nothing", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, talksIn("Cusco"))).body.articleId;
    const before = await meetings(app);
    const mention = (await postArticle(app, closeInPeru)).body.articleId;
    expect(await meetings(app)).toEqual(before);
    expect(await sourcesOf(app, (await inCity(app, "Cusco")).id)).toEqual([meeting, mention].sort());
  });

  it("is listed when it arrives before the meeting's report", async () => {
    const app = await writableApp();
    const mention = (await postArticle(app, closeInPeru)).body.articleId;
    expect((await meetings(app)).filter((m) => m.city === "Cusco")).toEqual([]);
    const meeting = (await postArticle(app, talksIn("Cusco"))).body.articleId;
    expect(await sourcesOf(app, (await inCity(app, "Cusco")).id)).toEqual([meeting, mention].sort());
  });

  it("is no source of a meeting in another country, nor of either of two meetings in that country", async () => {
    const app = await writableApp();
    const chile = (await postArticle(app, talksIn("Santiago"))).body.articleId;
    await postArticle(app, closeInPeru);
    expect(await sourcesOf(app, (await inCity(app, "Santiago")).id)).toEqual([chile]);
    const cusco = (await postArticle(app, talksIn("Cusco"))).body.articleId;
    const lima = (await postArticle(app, talksIn("Lima"))).body.articleId;
    expect(await sourcesOf(app, (await inCity(app, "Cusco")).id)).toEqual([cusco]);
    expect(await sourcesOf(app, (await inCity(app, "Lima")).id)).toEqual([lima]);
  });
});

describe("a report that names a known meeting's place alone and says how long the talks ran", () => {
  it("reaches back over those days ('after four days of discussions in Cusco', written after their close)", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, talksIn("Cusco"))).body.articleId;
    const mention = (
      await postArticle(
        app,
        placeAlone(
          "2025-04-12",
          "Chile and Peru signed a partial accord after four days of discussions in Cusco, a spokesman said.",
        ),
      )
    ).body.articleId;
    expect(await sourcesOf(app, (await inCity(app, "Cusco")).id)).toEqual([meeting, mention].sort());
  });

  it("reaches only the day before when it says no length, as before", async () => {
    const app = await writableApp();
    const meeting = (await postArticle(app, talksIn("Cusco"))).body.articleId;
    await postArticle(
      app,
      placeAlone(
        "2025-04-12",
        "Chile and Peru signed a partial accord after the discussions in Cusco, a spokesman said.",
      ),
    );
    expect(await sourcesOf(app, (await inCity(app, "Cusco")).id)).toEqual([meeting]);
  });
});

describe("a report that names a meeting its reports left scheduled by its place alone", () => {
  const plan = talksIn("Cusco", "2025-04-06", "will hold talks");

  it("makes it held when the clause of the place says the talks are over, whatever the rest of the sentence says", async () => {
    const app = await writableApp();
    await postArticle(app, plan);
    expect((await inCity(app, "Cusco")).status).toBe("scheduled");
    await postArticle(
      app,
      placeAlone(
        "2025-04-09",
        "The accord, which followed ten hours of talks in Cusco, will open the southern fishing grounds, officials said.",
      ),
    );
    expect((await inCity(app, "Cusco")).status).toBe("held");
  });

  it("leaves it scheduled when the clause of the place leaves the talks to come", async () => {
    const app = await writableApp();
    await postArticle(app, plan);
    await postArticle(
      app,
      placeAlone(
        "2025-04-08",
        "Officials said the accord, which will follow the talks in Cusco, would open the southern fishing grounds.",
      ),
    );
    expect((await inCity(app, "Cusco")).status).toBe("scheduled");
  });
});
