import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { startWrite } from "../../src/ingest/changes.js";
import { recomputeMeeting } from "../../src/ingest/meetings.js";
import { ingestArticle } from "../../src/ingest/store.js";
import { fixtureArticle } from "../helpers.js";

describe("a merged meeting's rule and confidence", () => {
  it("keeps the most confident report's rule when articles are merged into one meeting", () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    ingestArticle(db, fixtureArticle("pretoria-day-1"));
    const merged = ingestArticle(db, fixtureArticle("pretoria-both-days"));
    const [id] = merged.meetings.merged;
    expect(id).toBeDefined();
    const sqlite = db.$client;
    const reports = sqlite.prepare("SELECT article_id FROM meeting_reports WHERE meeting_id = ?").pluck();
    const [first, second] = reports.all(id) as string[];
    const set = sqlite.prepare("UPDATE meeting_reports SET rule = ?, confidence = ? WHERE article_id = ?");
    const recompute = () =>
      sqlite.transaction(() => recomputeMeeting(db, id as string, startWrite(db, "now")))();
    const stored = sqlite.prepare("SELECT rule, confidence FROM meetings WHERE id = ?");

    set.run("meeting:venue-a", 0.3, first);
    set.run("meeting:venue-b", 0.8, second);
    recompute();
    expect(stored.get(id)).toEqual({ rule: "meeting:venue-b", confidence: 0.8 });
    // A report without a confidence (entered by hand) counts as certain.
    set.run(null, null, first);
    recompute();
    expect(stored.get(id)).toEqual({ rule: null, confidence: null });
    sqlite.close();
  });

  it("lets a surer report of the same quote or person take its rule and confidence", () => {
    const db = openDatabase(":memory:");
    runMigrations(db);
    const text = fixtureArticle("brussels-follow-up");
    const first = ingestArticle(db, text);
    const [quote] = first.quotes;
    const person = first.participants.find((id) =>
      db.$client.prepare("SELECT 1 FROM participants WHERE id = ? AND kind = 'person'").get(id),
    );
    expect(quote && person).toBeTruthy();
    const provenance = (table: string, id: string) =>
      db.$client.prepare(`SELECT rule, confidence FROM ${table} WHERE id = ?`).get(id);
    const extracted = {
      quote: provenance("quotes", quote as string),
      person: provenance("participants", person as string),
    };
    db.$client.prepare("UPDATE quotes SET confidence = 0.01 WHERE id = ?").run(quote);
    db.$client.prepare("UPDATE participants SET confidence = 0.01 WHERE id = ?").run(person);
    // The same report again, as another article (one more line break, another hash).
    ingestArticle(db, `${text}\n`);
    expect(provenance("quotes", quote as string)).toEqual(extracted.quote);
    expect(provenance("participants", person as string)).toEqual(extracted.person);
    db.$client.close();
  });
});
