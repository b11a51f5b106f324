import { describe, expect, it } from "vitest";
import { auth, http, postArticle, writableApp } from "../helpers.js";

// 2023-05-09 is a Tuesday: every report speaks of Monday the 8th.
const article = (headline: string, body: string) => ` date 2023-05-09 ${headline}\n\n${body}\n`;
const brussels = article(
  "Talks in Brussels",
  "Talks between Serbia and Kosovo were held in Brussels on Monday, with the European Union mediating.",
);
const laeken = article(
  "Talks at Laeken",
  "Talks between Serbia and Kosovo were held at the royal castle in Laeken on Monday.",
);
const datelineOnly = article(
  "Talks",
  "BELGRADE (Agency) – Talks between Serbia and Kosovo were held on Monday, officials said.",
);

type Listed = { id: string; city: string; sourceCount: number };

async function load(...texts: string[]) {
  const app = await writableApp();
  for (const text of texts) await postArticle(app, text);
  const listed = (await http(app).get("/meetings?from=2023-05-01&to=2023-05-31")).body.data as Listed[];
  return { app, listed: listed.map((m) => [m.city, m.sourceCount]), meetings: listed };
}

describe("a report of a meeting known under another venue", () => {
  it("joins it when its venue is a district of the meeting's city, and shows the other venue as a dispute", async () => {
    const { app, listed, meetings } = await load(brussels, laeken);
    expect(listed).toEqual([["Brussels", 2]]);
    const detail = (await http(app).get(`/meetings/${meetings[0]?.id}`)).body;
    const city = detail.disputes.find((d: { field: string }) => d.field === "city");
    expect(city.claims.map((c: { value: string }) => c.value).sort()).toEqual(["Brussels", "Laeken"]);
  });

  it("lists the venue most reports name, then the earliest report's, never the order they arrived in", async () => {
    expect((await load(laeken, brussels)).listed).toEqual([["Brussels", 2]]);
    const laekenAgain = article(
      "Castle talks",
      "Serbia and Kosovo met at the royal castle in Laeken on Monday, with the European Union mediating.",
    );
    expect((await load(brussels, laeken, laekenAgain)).listed).toEqual([["Laeken", 3]]);
    expect((await load(laekenAgain, laeken, brussels)).listed).toEqual([["Laeken", 3]]);
    // Of one report each, the one written first (the one that first placed the meeting, in time).
    const earlier = laeken.replace("2023-05-09", "2023-05-08").replace("on Monday", "today");
    expect((await load(brussels, earlier)).listed).toEqual([["Laeken", 2]]);
    // A dateline's city is the reporter's, no claim of the venue: it does not outvote the meeting's own sentence.
    const datelined = datelineOnly.replace("BELGRADE", "BRUSSELS");
    const again = datelined.replace("officials said", "diplomats said");
    expect((await load(datelined, again, laeken)).listed).toEqual([["Laeken", 3]]);
  });

  it("lists the city a sentence names, not the one a report naming only the country was given", async () => {
    const belgium = article(
      "Talks",
      "Talks between Serbia and Kosovo were held in Belgium on Monday. The foreign ministry in Brussels welcomed them.",
    );
    expect((await load(laeken, belgium)).listed).toEqual([["Laeken", 2]]);
    expect((await load(belgium, laeken)).listed).toEqual([["Laeken", 2]]);
  });

  it("joins it when its venue is another name of the meeting's city (Kiev and Kyiv, Genf and Geneva)", async () => {
    const kyiv = article("Talks in Kyiv", "Talks between Ukraine and Poland were held in Kyiv on Monday.");
    const kiev = article("Talks in Kiev", "Ukraine and Poland held talks in Kiev on Monday.");
    // Of one report each, written the same day, the first by name, whichever arrived first.
    expect((await load(kyiv, kiev)).listed).toEqual([["Kiev", 2]]);
    expect((await load(kiev, kyiv)).listed).toEqual([["Kiev", 2]]);
    const geneva = article(
      "Talks in Geneva",
      "Talks between Russia and the United States were held in Geneva on Monday.",
    );
    const genf = geneva.replace(/Geneva/g, "Genf");
    expect((await load(geneva, genf)).listed).toHaveLength(1);
  });

  it("keeps two meetings of one city's region apart when they share no side", async () => {
    const other = article("Talks in Laeken", "Talks between Japan and China were held in Laeken on Monday.");
    expect((await load(brussels, other)).listed).toEqual([
      ["Brussels", 1],
      ["Laeken", 1],
    ]);
  });

  it("keeps the venue of a meeting an editor merged another into, however many reports name the other", async () => {
    const japan = article("Talks in Laeken", "Talks between Japan and China were held in Laeken on Monday.");
    const again = japan.replace("were held", "took place");
    const { app, meetings } = await load(brussels, japan, again);
    expect(meetings.map((m) => [m.city, m.sourceCount])).toEqual([
      ["Brussels", 1],
      ["Laeken", 2],
    ]);
    const [into, other] = meetings.map((m) => m.id);
    await http(app)
      .post(`/meetings/${into}/merge`)
      .set(auth)
      .send({ otherId: other, note: "One meeting." })
      .expect(200);
    const merged = (await http(app).get(`/meetings/${into}`).expect(200)).body;
    expect([merged.city, merged.sourceCount]).toEqual(["Brussels", 3]);
  });

  it("keeps them apart when the only side both name is the host country", async () => {
    const hosted = article(
      "Talks in Brussels",
      "Talks between Belgium and Serbia were held in Brussels on Monday.",
    );
    const other = article(
      "Talks in Laeken",
      "Talks between Belgium and Japan were held in Laeken on Monday.",
    );
    expect((await load(hosted, other)).listed).toEqual([
      ["Brussels", 1],
      ["Laeken", 1],
    ]);
  });

  it("keeps venues of two countries apart, however close their namesakes (Vienna, Virginia)", async () => {
    const vienna = article(
      "Talks in Vienna",
      "Talks between the United States and Russia were held in Vienna on Monday.",
    );
    const washington = article(
      "Talks in Washington",
      "Talks between the United States and Russia were held in Washington on Monday.",
    );
    expect((await load(vienna, washington)).listed).toHaveLength(2);
  });

  it("joins it, naming no venue of its own, when the meeting that day has every side it names", async () => {
    expect((await load(brussels, datelineOnly)).listed).toEqual([["Brussels", 2]]);
    // Whichever comes first: the report that names the venue takes in the one that took its reporter's city.
    const { app, listed } = await load(datelineOnly, brussels);
    expect(listed).toEqual([["Brussels", 2]]);
    const gone = await http(app).get("/meetings/2023-05-08-belgrade");
    expect(gone.status).toBe(301);
  });

  it("joins it, naming no venue, when the one side it names beyond the meeting's is the host country", async () => {
    // Reporters name the country hosting talks beside the sides ("talks between Ethiopia, Eritrea and Egypt").
    const luxor = article(
      "Talks in Luxor",
      "Talks between Ethiopia and Eritrea were held in Luxor on Monday.",
    );
    const cairo = article(
      "Talks",
      "CAIRO (Agency) – Talks between Ethiopia, Eritrea and Egypt were held on Monday, officials said.",
    );
    expect((await load(luxor, cairo)).listed).toEqual([["Luxor", 2]]);
    expect((await load(cairo, luxor)).listed).toEqual([["Luxor", 2]]);
    // The host alone is no side in common: a report naming only Egypt beside other sides stays apart.
    const others = cairo.replace("Ethiopia, Eritrea and Egypt", "Egypt and Japan");
    expect((await load(luxor, others)).listed).toEqual([
      ["Cairo", 1],
      ["Luxor", 1],
    ]);
  });

  it("joins it, naming only the country, when the meeting that day in that country has every side it names", async () => {
    const luxor = article(
      "Talks in Luxor",
      "Talks between Ethiopia and Eritrea were held in Luxor on Monday.",
    );
    // The sentence names Egypt only; the extractor takes the city from elsewhere in the article.
    const egypt = article(
      "Talks",
      "Talks between Ethiopia and Eritrea were held in Egypt on Monday. The foreign ministry in Cairo welcomed them.",
    );
    expect((await load(luxor, egypt)).listed).toEqual([["Luxor", 2]]);
    expect((await load(egypt, luxor)).listed).toEqual([["Luxor", 2]]);
    // A meeting of the same sides that day in another country is not the one the report places.
    const nairobi = luxor.replace(/Luxor/g, "Nairobi");
    expect((await load(nairobi, egypt)).listed).toEqual([
      ["Cairo", 1],
      ["Nairobi", 1],
    ]);
    expect((await load(egypt, nairobi)).listed).toEqual([
      ["Cairo", 1],
      ["Nairobi", 1],
    ]);
  });

  it("stays apart, naming no venue, from a meeting that day of other sides", async () => {
    const others = article(
      "Talks",
      "BELGRADE (Agency) – Talks between Japan and China were held on Monday, officials said.",
    );
    expect((await load(brussels, others)).listed).toEqual([
      ["Belgrade", 1],
      ["Brussels", 1],
    ]);
  });
});
