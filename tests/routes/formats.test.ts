import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { http, seededApp, seedText } from "../helpers.js";

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: unknown) => void) => {
  const chunks: Buffer[] = [];
  res.on("data", (c: Buffer) => chunks.push(c));
  res.on("end", () => done(null, Buffer.concat(chunks)));
};

describe("CSV", () => {
  it("answers Accept: text/csv with RFC 4180 CSV of every matching meeting, header row first", async () => {
    const res = await http(await seededApp())
      .get("/meetings?limit=1")
      .set("accept", "text/csv")
      .expect(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.text).toContain("\r\n");
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(["2022-01-10-geneva", "2022-01-12-brussels", "2022-01-13-vienna"]);
    expect(rows[0]).toMatchObject({
      city: "Geneva",
      country: "Switzerland",
      status: "held",
      parties: "Russia; United States",
    });
  });

  it("answers format=csv on every list, quoting commas and quotation marks", async () => {
    const app = await seededApp();
    const quotes = parse((await http(app).get("/quotes?format=csv").expect(200)).text, {
      columns: true,
    }) as Record<string, string>[];
    expect(quotes).toHaveLength(7);
    for (const q of quotes) expect(seedText.slice(Number(q.start), Number(q.end))).toBe(q.text ?? "");
    expect(quotes.some((q) => q.text?.includes(","))).toBe(true);
    const people = parse((await http(app).get("/participants?format=csv&kind=person").expect(200)).text, {
      columns: true,
    });
    expect(people).toEqual([
      expect.objectContaining({ id: "sergey-ryabkov", role: "Deputy Foreign Minister" }),
    ]);
    const articles = parse((await http(app).get("/articles?format=csv").expect(200)).text, { columns: true });
    expect(articles).toHaveLength(1);
  });
});

describe("GET /meetings.ics", () => {
  it("is an RFC 5545 calendar of all-day events with stable UIDs, locations and sources", async () => {
    const res = await http(await seededApp())
      .get("/meetings.ics")
      .expect(200);
    expect(res.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(res.text.split("\r\n").length).toBeGreaterThan(10);
    expect(res.text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual([
      "2022-01-10-geneva@diplomatic-talks-timeline",
      "2022-01-12-brussels@diplomatic-talks-timeline",
      "2022-01-13-vienna@diplomatic-talks-timeline",
    ]);
    const [geneva] = events;
    expect(geneva?.startDate.isDate).toBe(true);
    expect(geneva?.startDate.toString()).toBe("2022-01-10");
    expect(geneva?.endDate.toString()).toBe("2022-01-11");
    expect(geneva?.location).toBe("Geneva, Switzerland");
    expect(geneva?.description).toMatch(/Parties: Russia, United States/);
    expect(geneva?.description).toMatch(/\/articles\//);
  });

  it("takes the same filters as /meetings", async () => {
    const res = await http(await seededApp())
      .get("/meetings.ics?organization=OSCE")
      .expect(200);
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);
  });
});

describe("GET /timeline.json", () => {
  it("is a TimelineJS document of the meetings", async () => {
    const res = await http(await seededApp())
      .get("/timeline.json")
      .expect(200);
    expect(res.body.title.text.headline).toBeTruthy();
    expect(res.body.events).toHaveLength(3);
    expect(res.body.events[0]).toMatchObject({
      unique_id: "2022-01-10-geneva",
      start_date: { year: 2022, month: 1, day: 10 },
      text: { headline: expect.stringContaining("Geneva") },
    });
  });
});

describe("JSON-LD", () => {
  it("gives a meeting as a schema.org Event on Accept: application/ld+json", async () => {
    const res = await http(await seededApp())
      .get("/meetings/2022-01-10-geneva")
      .set("accept", "application/ld+json")
      .expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/ld\+json/);
    const event = JSON.parse(res.text);
    expect(event).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      startDate: "2022-01-10",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "Place", address: { addressLocality: "Geneva", addressCountry: "Switzerland" } },
    });
    expect(event.attendee).toEqual(
      expect.arrayContaining([expect.objectContaining({ "@type": "Person", name: "Sergey Ryabkov" })]),
    );
  });

  it("gives the meeting list as an ItemList of Events", async () => {
    const res = await http(await seededApp())
      .get("/meetings?format=jsonld&organization=NATO")
      .expect(200);
    const list = JSON.parse(res.text);
    expect(list["@type"]).toBe("ItemList");
    expect(list.itemListElement[0].item).toMatchObject({
      "@type": "Event",
      organizer: [{ "@type": "Organization", name: "NATO" }],
    });
  });
});

describe("GET /meta and /export", () => {
  it("describes the dataset", async () => {
    const res = await http(await seededApp())
      .get("/meta")
      .expect(200);
    expect(res.body).toMatchObject({
      dataVersion: 1,
      counts: { articles: 1, meetings: 3, participants: 5, quotes: 7 },
      extractorVersion: expect.any(String),
      licence: { code: "MIT" },
    });
    expect(Date.parse(res.body.lastLoadAt)).not.toBeNaN();
  });

  it("exports each table as NDJSON", async () => {
    const res = await http(await seededApp())
      .get("/export/meetings.ndjson")
      .expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/x-ndjson/);
    const rows = res.text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rows.map((r) => r.id).sort()).toEqual([
      "2022-01-10-geneva",
      "2022-01-12-brussels",
      "2022-01-13-vienna",
    ]);
    await http(await seededApp())
      .get("/export/secrets.ndjson")
      .expect(400);
  });

  it("exports the whole database as a SQLite file", async () => {
    const res = await http(await seededApp())
      .get("/export/timeline.db")
      .buffer(true)
      .parse(binary as unknown as (str: string) => unknown)
      .expect(200);
    const file = join(mkdtempSync(join(tmpdir(), "export-test-")), "copy.db");
    writeFileSync(file, res.body as Buffer);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare("SELECT count(*) FROM quotes").pluck().get()).toBe(7);
    copy.close();
  });
});
