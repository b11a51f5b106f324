import type Database from "better-sqlite3";
import { createArticleQueries } from "./articles.js";
import { createChangeQueries } from "./changes.js";
import { createKeysetPager } from "./keyset.js";
import { createMeetingQueries } from "./meetings.js";
import { createMetaQueries } from "./meta.js";
import { createParticipantQueries } from "./participants.js";
import { createQuoteQueries } from "./quotes.js";
import { createStatementCache } from "./statements.js";

/** The read side: every query prepared once per database connection. */
export function createRepositories(sqlite: Database.Database) {
  const prepare = createStatementCache(sqlite);
  const page = createKeysetPager(prepare);
  return {
    meetings: createMeetingQueries(sqlite, prepare, page),
    participants: createParticipantQueries(sqlite, prepare, page),
    quotes: createQuoteQueries(prepare, page),
    articles: createArticleQueries(sqlite, prepare, page),
    meta: createMetaQueries(sqlite),
    changes: createChangeQueries(prepare, page),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
