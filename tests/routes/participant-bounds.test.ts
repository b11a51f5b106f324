import { describe, expect, it } from "vitest";
import { embeddedLimit } from "../../src/schemas/participant.js";
import { appOver, seededDatabase } from "../helpers.js";

/**
 * The seed plus `extra` meetings (2000, then 2030) that Russia is a party to (as an attendee too in the first) and
 * `extra` quotes by Sergey Ryabkov dated then: more of each than a participant's detail embeds.
 */
async function appWithBusyParticipants(extra: number) {
  const db = seededDatabase();
  const sqlite = db.$client;
  const article = sqlite.prepare("SELECT id FROM articles LIMIT 1").pluck().get() as string;
  const meeting = sqlite.prepare(
    `INSERT INTO meetings (id, title, date, date_certainty, city, country, city_key, country_key, status)
     VALUES (?, 'Talks', ?, 'stated', 'Geneva', 'Switzerland', 'geneva', 'switzerland', 'held')`,
  );
  const link = sqlite.prepare(
    "INSERT INTO meeting_participants (meeting_id, participant_id, role) VALUES (?, 'russia', ?)",
  );
  const quote = sqlite.prepare(
    `INSERT INTO quotes (id, text, speaker_id, article_id, start, "end", date)
     VALUES (?, 'We shall see.', 'sergey-ryabkov', ?, 0, 10, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < extra; i++) {
      const id = `2030-busy-${String(i).padStart(4, "0")}`;
      // The first is the earliest of all, so it is embedded whatever the seed holds.
      const date = i === 0 ? "2000-01-01" : `2030-01-${String(1 + (i % 28)).padStart(2, "0")}`;
      meeting.run(id, date);
      link.run(id, "party");
      if (i === 0) link.run(id, "attendee");
      quote.run(`q-busy-${i}`, article, date);
    }
  })();
  return appOver(db);
}

describe("GET /participants/:id of a participant in many meetings", () => {
  it(`embeds the first ${embeddedLimit} meetings and quotes, as their lists' first pages, with the totals`, async () => {
    const app = await appWithBusyParticipants(60);
    const russia = (await app.inject("/participants/russia")).json();
    expect(russia.meetings).toHaveLength(embeddedLimit);
    const list = (await app.inject(russia.allMeetings.href)).json();
    expect(russia.allMeetings).toEqual({ total: list.page.total, href: "/meetings?participant=russia" });
    expect(russia.allMeetings.total).toBeGreaterThan(60);
    expect(russia.meetings.map((m: { id: string }) => m.id)).toEqual(
      list.data.map((m: { id: string }) => m.id),
    );

    const ryabkov = (await app.inject("/participants/sergey-ryabkov")).json();
    expect(ryabkov.quotes).toHaveLength(embeddedLimit);
    const quotes = (await app.inject(ryabkov.allQuotes.href)).json();
    expect(ryabkov.allQuotes).toEqual({ total: quotes.page.total, href: "/quotes?speaker=sergey-ryabkov" });
    expect(ryabkov.allQuotes.total).toBe(67);
    expect(ryabkov.quotes.map((q: { id: string }) => q.id)).toEqual(
      quotes.data.map((q: { id: string }) => q.id),
    );
  });

  it("gives every role of an embedded meeting once per meeting", async () => {
    const app = await appWithBusyParticipants(30);
    const russia = (await app.inject("/participants/russia")).json();
    expect(russia.meetings[0]).toMatchObject({ id: "2030-busy-0000", as: ["attendee", "party"] });
    const ids = russia.meetings.map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives an exact total and every item when they fit", async () => {
    const app = await appWithBusyParticipants(0);
    const osce = (await app.inject("/participants/osce")).json();
    expect(osce.meetings).toHaveLength(1);
    expect(osce.allMeetings).toEqual({ total: 1, href: "/meetings?participant=osce" });
    expect(osce.allQuotes).toEqual({ total: 0, href: "/quotes?speaker=osce" });
  });
});
