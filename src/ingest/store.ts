import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { cachedDrizzle } from "../db/queries/statements.js";
import { articles, corrections } from "../db/schema.js";
import { EXTRACTOR_VERSION, type Extraction, extractArticle } from "../extract/index.js";
import { articleId, participantId, quoteId, sha256 } from "../ids.js";
import { startWrite, type Write } from "./changes.js";
import { applyCorrections, applyCorrectionsNaming } from "./corrections.js";
import { applyErrata, type Errata } from "./errata.js";
import { participantKind } from "./kinds.js";
import { type ArticleRef, absorbPlans, storeMeeting } from "./meetings.js";
import { linkMentions, type MeetingPlace, placeOf, readMentions, relinkAround } from "./mentions.js";
import { writeStatements } from "./statements.js";

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
export function ingestArticle(handle: Db, text: string, options: IngestOptions = {}): IngestResult {
  const db = cachedDrizzle(handle);
  const hash = sha256(text);
  const existing = db.select({ id: articles.id }).from(articles).where(eq(articles.sha256, hash)).get();
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
  const article: ArticleRef = {
    id: articleId(extraction.article.date, hash),
    date: extraction.article.date,
    text,
  };
  // better-sqlite3 transactions are synchronous: nothing in here may await, or the commit would come early.
  const store = db.$client.transaction((): IngestResult => {
    const write = startWrite(db, now);
    db.insert(articles)
      .values({
        id: article.id,
        sha256: hash,
        date: article.date,
        title: extraction.article.title,
        text,
        source: options.source ?? null,
        extractorVersion: EXTRACTOR_VERSION,
        warnings: extraction.warnings,
        loadedAt: now,
      })
      .run();
    write.record("article", article.id, "created");
    const result: IngestResult = {
      articleId: article.id,
      created: true,
      meetings: { created: [], merged: [] },
      participants: [],
      quotes: [],
      warnings: extraction.warnings,
    };
    // A meeting an editor withdrew is no meeting: its people and quotes are stored without it. (A meeting whose city
    // is only the headline's while the article places another meeting there never reaches here: the extractor drops
    // it, src/extract/events/headline-venue.ts.)
    const changed = new Set<string>();
    const meetingIds = extraction.meetings.map((m) => {
      const stored = storeMeeting(db, m, article, write);
      if (!stored) return undefined;
      (stored.created ? result.meetings.created : result.meetings.merged).push(stored.id);
      if (stored.created || stored.moved) changed.add(stored.id);
      return stored.id;
    });
    result.participants = storeParticipants(db, extraction, meetingIds, article.id, write);
    // A meeting a plan left may have moved back to its own days or city: mentions of it are read again.
    const left = new Map<string, MeetingPlace>();
    for (const id of new Set(meetingIds))
      if (id)
        for (const from of absorbPlans(db, id, write)) {
          const place = placeOf(db, from);
          if (place) left.set(from, place);
        }
    // After the links: a corrected list of parties or organisations replaces what this report added to it.
    for (const id of new Set(meetingIds)) if (id) applyCorrections(db, "meeting", id);
    result.quotes = storeQuotes(db, extraction, meetingIds, article, write);
    // After the sides: the meetings this report names by their day alone, and earlier reports that name one it
    // created or moved that way (`mentions.ts`).
    linkMentions(db, article, readMentions(text));
    relinkAround(db, [...[...changed].flatMap((id) => placeOf(db, id) ?? []), ...left.values()], article.id);
    for (const c of applied) {
      const meetingId = meetingIds[c.meetingIndex];
      if (meetingId === undefined) continue;
      db.insert(corrections)
        .values({
          entity: "meeting",
          entityId: meetingId,
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
  return store();
}

function storeParticipants(
  db: Db,
  extraction: Extraction,
  meetingIds: (string | undefined)[],
  article: string,
  write: Write,
): string[] {
  const statements = writeStatements(db);
  const added = new Set<string>();
  const add = (
    name: string,
    kind: "person" | "state" | "organization",
    role: string | null,
    affiliation: string | null,
    found: { rule: string; confidence: number } | null = null,
  ): string => {
    const id = participantId(name);
    const isNew = statements.participantById.get({ id }) === undefined;
    statements.upsertParticipant.run({
      id,
      name,
      kind,
      role,
      affiliation,
      rule: found?.rule ?? null,
      confidence: found?.confidence ?? null,
      updatedAt: write.now,
    });
    if (isNew) {
      write.record("participant", id, "created");
      // Quotes an editor gave to this speaker before they were last deleted are theirs again.
      applyCorrectionsNaming(db, "speakerId", id);
    }
    // Also when new: a correction outlives the record it corrects (its article deleted and posted again).
    applyCorrections(db, "participant", id);
    statements.addParticipantSource.run({ participantId: id, articleId: article });
    added.add(id);
    return id;
  };
  const connect = (meetingId: string, participantId: string, role: "party" | "organization" | "attendee") => {
    statements.addLinkSource.run({ meetingId, participantId, role, articleId: article });
    statements.addLink.run({ meetingId, participantId, role });
  };
  extraction.meetings.forEach((m, index) => {
    const meeting = meetingIds[index];
    if (meeting === undefined) return;
    for (const name of m.parties) connect(meeting, add(name, participantKind(name), null, null), "party");
    for (const name of m.organizations)
      connect(meeting, add(name, "organization", null, null), "organization");
  });
  for (const person of extraction.people) {
    const id = add(person.name, "person", person.role, person.affiliation, person);
    for (const index of person.meetingIndexes) {
      const meeting = meetingIds[index];
      if (meeting) connect(meeting, id, "attendee");
    }
  }
  return [...added];
}

function storeQuotes(
  db: Db,
  extraction: Extraction,
  meetingIds: (string | undefined)[],
  article: ArticleRef,
  write: Write,
): string[] {
  const statements = writeStatements(db);
  const added: string[] = [];
  for (const q of extraction.quotes) {
    const speakerId = q.speaker ? participantId(q.speaker) : null;
    const meetingId = q.meetingIndex === null ? null : (meetingIds[q.meetingIndex] ?? null);
    const meetingDate = q.meetingIndex === null ? undefined : extraction.meetings[q.meetingIndex]?.date;
    const id = quoteId(speakerId, q.text);
    const span = { articleId: article.id, start: q.start, end: q.end, meetingId };
    const provenance = { rule: q.rule, confidence: q.confidence, updatedAt: write.now };
    const date = meetingDate ?? article.date;
    // The same words by the same speaker in another article are the same quote, with one more source.
    if (statements.addQuote.run({ id, text: q.text, speakerId, ...span, date, ...provenance }).changes > 0) {
      write.record("quote", id, "created");
      added.push(id);
      applyCorrections(db, "quote", id);
    } else if (statements.upgradeQuote.run({ id, ...provenance }).changes > 0) {
      write.record("quote", id, "updated");
    }
    statements.addQuoteSource.run({ quoteId: id, ...span });
  }
  return added;
}
