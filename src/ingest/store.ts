import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import * as t from "../db/schema.js";
import { EXTRACTOR_VERSION, type Extraction, extractArticle } from "../extract/index.js";
import { applyErrata, type Errata } from "./errata.js";
import { articleId, meetingId, participantId, quoteId, sha256, slugify } from "./ids.js";
import { participantKind } from "./kinds.js";
import { meetingTitle } from "./titles.js";

export interface IngestOptions {
  source?: string | null;
  errata?: Errata | null;
  errataSource?: string;
  now?: () => Date;
}

export interface IngestResult {
  articleId: string;
  created: boolean;
  meetings: { created: string[]; merged: string[] };
  participants: string[];
  quotes: string[];
  warnings: string[];
}

/**
 * Extracts an article and stores it with everything found in it, in one synchronous transaction: either all of it
 * is stored or none of it. The same text twice is recognised by its hash and adds nothing.
 */
export function ingestArticle(db: Db, text: string, options: IngestOptions = {}): IngestResult {
  const hash = sha256(text);
  const existing = db.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.sha256, hash)).get();
  if (existing) {
    return {
      articleId: existing.id,
      created: false,
      meetings: { created: [], merged: [] },
      participants: [],
      quotes: [],
      warnings: [],
    };
  }
  const raw = extractArticle(text);
  const { extraction, applied } = options.errata
    ? applyErrata(raw, options.errata)
    : { extraction: raw, applied: [] };
  const now = (options.now ?? (() => new Date()))().toISOString();
  const id = articleId(extraction.article.date, hash);
  return db.transaction((tx) => {
    tx.insert(t.articles)
      .values({
        id,
        sha256: hash,
        date: extraction.article.date,
        title: extraction.article.title,
        text,
        source: options.source ?? null,
        extractorVersion: EXTRACTOR_VERSION,
        warnings: extraction.warnings,
        loadedAt: now,
      })
      .run();
    const result: IngestResult = {
      articleId: id,
      created: true,
      meetings: { created: [], merged: [] },
      participants: [],
      quotes: [],
      warnings: extraction.warnings,
    };
    const meetingIds = storeMeetings(tx as unknown as Db, extraction, text, id, result);
    storeParticipants(tx as unknown as Db, extraction, meetingIds, result);
    storeQuotes(tx as unknown as Db, extraction, id, meetingIds, result);
    bumpDataVersion(tx as unknown as Db, now);
    for (const c of applied) {
      tx.insert(t.corrections)
        .values({
          entity: "meeting",
          entityId: meetingIds[c.meetingIndex] as string,
          field: c.field,
          value: c.value,
          note: c.note,
          source: options.errataSource ?? "errata",
          createdAt: options.errata?.recordedAt ?? now,
        })
        .run();
    }
    return result;
  });
}

/** Every write bumps the data version: ETags, caches and `/meta` follow it. */
export function bumpDataVersion(db: Db, now: string): void {
  db.run(
    sql`INSERT INTO meta (key, value) VALUES ('data_version', '1'), ('last_load_at', ${now})
        ON CONFLICT (key) DO UPDATE SET value = CASE key WHEN 'data_version' THEN CAST(value AS INTEGER) + 1
        ELSE excluded.value END`,
  );
}

function storeMeetings(
  db: Db,
  extraction: Extraction,
  text: string,
  article: string,
  result: IngestResult,
): string[] {
  const articleDate = extraction.article.date;
  return extraction.meetings.map((m) => {
    const id = meetingId(m.date, m.city);
    const known = db.select({ id: t.meetings.id }).from(t.meetings).where(eq(t.meetings.id, id)).get();
    if (known) {
      // The most recent report decides the status: a follow-up can turn "scheduled" talks into "held" ones.
      const latest = db
        .select({ date: sql<string | null>`max(${t.articles.date})` })
        .from(t.evidence)
        .innerJoin(t.articles, eq(t.articles.id, t.evidence.articleId))
        .where(eq(t.evidence.meetingId, id))
        .get();
      if (!latest?.date || latest.date <= articleDate) {
        db.update(t.meetings).set({ status: m.status }).where(eq(t.meetings.id, id)).run();
      }
      result.meetings.merged.push(id);
    } else {
      db.insert(t.meetings)
        .values({
          id,
          title: meetingTitle(m),
          date: m.date,
          endDate: m.endDate,
          datePrecision: m.datePrecision,
          dateCertainty: m.dateCertainty,
          city: m.city,
          country: m.country,
          cityKey: slugify(m.city),
          countryKey: slugify(m.country),
          status: m.status,
        })
        .run();
      result.meetings.created.push(id);
    }
    for (const span of m.evidence) {
      db.insert(t.evidence)
        .values({
          meetingId: id,
          articleId: article,
          start: span.start,
          end: span.end,
          text: text.slice(span.start, span.end),
          dateText: m.dateText,
        })
        .onConflictDoNothing()
        .run();
    }
    return id;
  });
}

function upsertParticipant(db: Db, values: typeof t.participants.$inferInsert): void {
  db.insert(t.participants)
    .values(values)
    .onConflictDoUpdate({
      target: t.participants.id,
      // Later articles may name a role or affiliation an earlier one left out; they never erase one.
      set: {
        role: sql`coalesce(${t.participants.role}, excluded.role)`,
        affiliation: sql`coalesce(${t.participants.affiliation}, excluded.affiliation)`,
      },
    })
    .run();
}

function link(
  db: Db,
  meeting: string,
  participant: string,
  role: "party" | "organization" | "attendee",
): void {
  db.insert(t.meetingParticipants)
    .values({ meetingId: meeting, participantId: participant, role })
    .onConflictDoNothing()
    .run();
}

function storeParticipants(db: Db, extraction: Extraction, meetingIds: string[], result: IngestResult): void {
  const added = new Set<string>();
  extraction.meetings.forEach((m, index) => {
    const meeting = meetingIds[index] as string;
    for (const [names, role] of [
      [m.parties, "party"],
      [m.organizations, "organization"],
    ] as const) {
      for (const name of names) {
        const id = participantId(name);
        const kind = role === "organization" ? "organization" : participantKind(name);
        upsertParticipant(db, { id, name, kind, role: null, affiliation: null });
        link(db, meeting, id, role);
        added.add(id);
      }
    }
  });
  for (const person of extraction.people) {
    const id = participantId(person.name);
    upsertParticipant(db, {
      id,
      name: person.name,
      kind: "person",
      role: person.role,
      affiliation: person.affiliation,
    });
    for (const index of person.meetingIndexes) {
      const meeting = meetingIds[index];
      if (meeting) link(db, meeting, id, "attendee");
    }
    added.add(id);
  }
  result.participants = [...added];
}

function storeQuotes(
  db: Db,
  extraction: Extraction,
  article: string,
  meetingIds: string[],
  result: IngestResult,
): void {
  for (const q of extraction.quotes) {
    const speakerId = q.speaker ? participantId(q.speaker) : null;
    const meeting = q.meetingIndex === null ? null : (meetingIds[q.meetingIndex] ?? null);
    const meetingDate = q.meetingIndex === null ? undefined : extraction.meetings[q.meetingIndex]?.date;
    const id = quoteId(speakerId, q.text);
    const inserted = db
      .insert(t.quotes)
      .values({
        id,
        text: q.text,
        speakerId,
        meetingId: meeting,
        articleId: article,
        start: q.start,
        end: q.end,
        date: meetingDate ?? extraction.article.date,
      })
      .onConflictDoNothing()
      .run();
    if (inserted.changes > 0) result.quotes.push(id);
  }
}
