import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import * as schema from "../schema.js";
import { createArticleQueries } from "./articles.js";
import { createChangeQueries } from "./changes.js";
import { createCorrectionQueries } from "./corrections.js";
import { createKeysetPager } from "./keyset.js";
import { createMeetingActQueries } from "./meeting-acts.js";
import { createMeetingQueries } from "./meetings.js";
import { createMetaQueries } from "./meta.js";
import { createParticipantQueries } from "./participants.js";
import { createQuoteQueries } from "./quotes.js";
import { createStatementCache } from "./statements.js";

/**
 * The read side: every query prepared once per database connection. Lookups by id are built with drizzle over
 * the schema; lists (keyset pages over filters), counts, facets and full-text search are SQL in a statement cache.
 */
export function createRepositories(sqlite: Database.Database) {
  const db = drizzle({ client: sqlite, schema });
  const prepare = createStatementCache(sqlite);
  const page = createKeysetPager(prepare);
  const correctionsOf = createCorrectionQueries(db);
  return {
    meetings: createMeetingQueries(db, prepare, page, correctionsOf),
    participants: createParticipantQueries(db, prepare, page, correctionsOf),
    quotes: createQuoteQueries(db, prepare, page, correctionsOf),
    articles: createArticleQueries(db, prepare, page),
    meta: createMetaQueries(db),
    changes: createChangeQueries(db, page),
    meetingActs: createMeetingActQueries(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
