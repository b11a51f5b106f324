import type Database from "better-sqlite3";
import type { Db } from "../db/client.js";
import { withStatementCache } from "../db/queries/statements.js";
import { EXTRACTOR_VERSION, type Extraction, extractArticle } from "../extract/index.js";
import { articleId, participantId, quoteId, sha256 } from "../ids.js";
import { startWrite, type Write } from "./changes.js";
import { applyCorrections } from "./corrections.js";
import { applyErrata, type Errata } from "./errata.js";
import { participantKind } from "./kinds.js";
import { type ArticleRef, storeMeeting } from "./meetings.js";

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
  const sqlite = withStatementCache(db.$client);
  const hash = sha256(text);
  const existing = sqlite.prepare("SELECT id FROM articles WHERE sha256 = ?").pluck().get(hash) as
    | string
    | undefined;
  if (existing) {
    return {
      articleId: existing,
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
  const store = sqlite.transaction((): IngestResult => {
    const write = startWrite(sqlite, now);
    sqlite
      .prepare(
        `INSERT INTO articles (id, sha256, date, title, text, source, extractor_version, warnings, loaded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        article.id,
        hash,
        article.date,
        extraction.article.title,
        text,
        options.source ?? null,
        EXTRACTOR_VERSION,
        JSON.stringify(extraction.warnings),
        now,
      );
    write.record("article", article.id, "created");
    const result: IngestResult = {
      articleId: article.id,
      created: true,
      meetings: { created: [], merged: [] },
      participants: [],
      quotes: [],
      warnings: extraction.warnings,
    };
    const meetingIds = extraction.meetings.map((m) => {
      const stored = storeMeeting(sqlite, m, article, write);
      (stored.created ? result.meetings.created : result.meetings.merged).push(stored.id);
      return stored.id;
    });
    result.participants = storeParticipants(sqlite, extraction, meetingIds, article.id, write);
    result.quotes = storeQuotes(sqlite, extraction, meetingIds, article, write);
    for (const c of applied) {
      sqlite
        .prepare(
          "INSERT INTO corrections (entity, entity_id, field, value, note, source, created_at) VALUES ('meeting', ?, ?, ?, ?, ?, ?)",
        )
        .run(
          meetingIds[c.meetingIndex],
          c.field,
          JSON.stringify(c.value),
          c.note,
          options.errataSource ?? "errata",
          options.errata?.recordedAt ?? now,
        );
    }
    return result;
  });
  return store();
}

function storeParticipants(
  sqlite: Database.Database,
  extraction: Extraction,
  meetingIds: string[],
  article: string,
  write: Write,
): string[] {
  const upsert = sqlite.prepare(
    `INSERT INTO participants (id, name, kind, role, affiliation, rule, confidence, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET
       -- Later articles may name a role or affiliation an earlier one left out; they never erase one.
       role = coalesce(participants.role, excluded.role),
       affiliation = coalesce(participants.affiliation, excluded.affiliation),
       -- The surest rule that found the person wins (no confidence counts as certain, as in filters).
       rule = CASE WHEN coalesce(participants.confidence, 1) < excluded.confidence
                   THEN excluded.rule ELSE participants.rule END,
       confidence = CASE WHEN coalesce(participants.confidence, 1) < excluded.confidence
                         THEN excluded.confidence ELSE participants.confidence END,
       updated_at = CASE WHEN (participants.role IS NULL AND excluded.role IS NOT NULL)
                           OR (participants.affiliation IS NULL AND excluded.affiliation IS NOT NULL)
                         THEN excluded.updated_at ELSE participants.updated_at END`,
  );
  const known = sqlite.prepare("SELECT 1 FROM participants WHERE id = ?");
  const source = sqlite.prepare(
    "INSERT OR IGNORE INTO participant_sources (participant_id, article_id) VALUES (?, ?)",
  );
  const linkSource = sqlite.prepare(
    "INSERT OR IGNORE INTO link_sources (meeting_id, participant_id, role, article_id) VALUES (?, ?, ?, ?)",
  );
  const link = sqlite.prepare(
    "INSERT OR IGNORE INTO meeting_participants (meeting_id, participant_id, role) VALUES (?, ?, ?)",
  );
  const added = new Set<string>();
  const add = (
    name: string,
    kind: string,
    role: string | null,
    affiliation: string | null,
    found: { rule: string; confidence: number } | null = null,
  ): string => {
    const id = participantId(name);
    const isNew = known.get(id) === undefined;
    upsert.run(id, name, kind, role, affiliation, found?.rule ?? null, found?.confidence ?? null, write.now);
    if (isNew) write.record("participant", id, "created");
    else applyCorrections(sqlite, "participant", id);
    source.run(id, article);
    added.add(id);
    return id;
  };
  const connect = (meeting: string, participant: string, role: "party" | "organization" | "attendee") => {
    linkSource.run(meeting, participant, role, article);
    link.run(meeting, participant, role);
  };
  extraction.meetings.forEach((m, index) => {
    const meeting = meetingIds[index] as string;
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
  sqlite: Database.Database,
  extraction: Extraction,
  meetingIds: string[],
  article: ArticleRef,
  write: Write,
): string[] {
  const insert = sqlite.prepare(
    `INSERT OR IGNORE INTO quotes (id, text, speaker_id, meeting_id, article_id, start, "end", date, rule, confidence,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The same quote attributed again by a surer rule takes that rule (no confidence counts as certain).
  const surer = sqlite.prepare(
    "UPDATE quotes SET rule = ?, confidence = ?, updated_at = ? WHERE id = ? AND coalesce(confidence, 1) < ?",
  );
  const source = sqlite.prepare(
    `INSERT OR IGNORE INTO quote_sources (quote_id, article_id, start, "end", meeting_id) VALUES (?, ?, ?, ?, ?)`,
  );
  const added: string[] = [];
  for (const q of extraction.quotes) {
    const speakerId = q.speaker ? participantId(q.speaker) : null;
    const meeting = q.meetingIndex === null ? null : (meetingIds[q.meetingIndex] ?? null);
    const meetingDate = q.meetingIndex === null ? undefined : extraction.meetings[q.meetingIndex]?.date;
    const id = quoteId(speakerId, q.text);
    const date = meetingDate ?? article.date;
    // The same words by the same speaker in another article are the same quote, with one more source.
    const values = [id, q.text, speakerId, meeting, article.id, q.start, q.end, date, q.rule, q.confidence];
    if (insert.run(...values, write.now).changes > 0) {
      write.record("quote", id, "created");
      added.push(id);
    } else if (surer.run(q.rule, q.confidence, write.now, id, q.confidence).changes > 0) {
      write.record("quote", id, "updated");
    }
    source.run(id, article.id, q.start, q.end, meeting);
  }
  return added;
}
