import { count, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { articles, meetings, meta, participants, quotes } from "../schema.js";

/** Dataset-wide facts: the data version every write bumps, when data was last loaded, and row counts. */
export function createMetaQueries(db: Db) {
  const value = db
    .select({ value: meta.value })
    .from(meta)
    .where(eq(meta.key, sql.placeholder("key")))
    .prepare();
  const articleCount = db.select({ n: count() }).from(articles).prepare();
  const counts = db
    .select({
      articles: sql<number>`(SELECT count(*) FROM ${articles})`,
      meetings: sql<number>`(SELECT count(*) FROM ${meetings})`,
      participants: sql<number>`(SELECT count(*) FROM ${participants})`,
      quotes: sql<number>`(SELECT count(*) FROM ${quotes})`,
    })
    .from(sql`(SELECT 1)`)
    .prepare();
  // Read on every request (the response cache checks it): straight from better-sqlite3, as one plucked value,
  // since drizzle's placeholder filling and row mapping cost a third of the read.
  const dataVersion = db.$client.prepare("SELECT value FROM meta WHERE key = 'data_version'").pluck();
  return {
    articleCount: (): number => articleCount.get()?.n ?? 0,
    dataVersion: (): number => Number(dataVersion.get() ?? 0),
    lastLoadAt: (): string | null => value.get({ key: "last_load_at" })?.value ?? null,
    counts: () => counts.get() ?? { articles: 0, meetings: 0, participants: 0, quotes: 0 },
  };
}
