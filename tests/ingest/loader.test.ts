import { describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { timelineTables } from "../../src/db/tables.js";
import { extractArticle } from "../../src/extract/index.js";
import { applyErrata } from "../../src/ingest/errata.js";
import { loadSeedFolder } from "../../src/ingest/seed.js";
import { ingestArticle } from "../../src/ingest/store.js";
import { seedsFolder } from "../../src/paths.js";
import { seedText } from "../helpers.js";

const tables = timelineTables;

function freshDb(): Db {
  const db = openDatabase(":memory:");
  runMigrations(db);
  return db;
}

/** Every row of every table, so two databases can be compared whole. */
function snapshot(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(
    tables.map((t) => [t, db.$client.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]),
  );
}

describe("the seed loader", () => {
  it("changes nothing when run twice", () => {
    const db = freshDb();
    const first = loadSeedFolder(db, seedsFolder);
    expect(first.every((r) => r.created)).toBe(true);
    const before = snapshot(db);
    const second = loadSeedFolder(db, seedsFolder);
    expect(second.every((r) => !r.created)).toBe(true);
    expect(snapshot(db)).toEqual(before);
  });

  it("derives the same ids from the same content in two fresh databases", () => {
    const ids = () => {
      const db = freshDb();
      loadSeedFolder(db, seedsFolder);
      return Object.fromEntries(
        ["articles", "meetings", "participants", "quotes"].map((t) => [
          t,
          db.$client.prepare(`SELECT id FROM ${t} ORDER BY id`).pluck().all(),
        ]),
      );
    };
    const a = ids();
    expect(a.meetings).toEqual(["2022-01-10-geneva", "2022-01-12-brussels", "2022-01-13-vienna"]);
    expect(a.participants).toContain("sergey-ryabkov");
    expect(ids()).toEqual(a);
  });

  it("stores nothing of an article whose transaction fails half-way", () => {
    const db = freshDb();
    db.$client.exec(
      "CREATE TRIGGER fail_quotes BEFORE INSERT ON quotes BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    expect(() => ingestArticle(db, seedText)).toThrow(/disk full/);
    for (const t of tables) {
      expect(db.$client.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
    }
  });
});

describe("errata", () => {
  it("correct the matched meeting and report an erratum that matches nothing", () => {
    const extraction = extractArticle(seedText);
    const { extraction: corrected, applied } = applyErrata(extraction, {
      recordedAt: "2026-01-01T00:00:00.000Z",
      corrections: [
        {
          entity: "meeting",
          match: { date: "2022-01-10", city: "geneva" },
          field: "status",
          value: "scheduled",
          note: "test",
        },
        {
          entity: "meeting",
          match: { date: "1990-01-01", city: "Nowhere" },
          field: "date",
          value: "1990-01-02",
          note: "test",
        },
      ],
    });
    expect(applied).toHaveLength(1);
    expect(corrected.meetings.find((m) => m.city === "Geneva")?.status).toBe("scheduled");
    expect(extraction.meetings.find((m) => m.city === "Geneva")?.status).toBe("held");
    expect(corrected.warnings.at(-1)).toMatch(/matched no extracted meeting/);
  });
});
