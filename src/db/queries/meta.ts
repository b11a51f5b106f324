import type Database from "better-sqlite3";

/** Dataset-wide facts: the data version every write bumps, when data was last loaded, and row counts. */
export function createMetaQueries(sqlite: Database.Database) {
  const value = sqlite.prepare("SELECT value FROM meta WHERE key = ?").pluck();
  const counts = sqlite.prepare(
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM meetings) AS meetings,
       (SELECT count(*) FROM participants) AS participants, (SELECT count(*) FROM quotes) AS quotes`,
  );
  const articles = sqlite.prepare("SELECT count(*) FROM articles").pluck();
  return {
    articleCount: (): number => Number(articles.get()),
    dataVersion: (): number => Number(value.get("data_version") ?? 0),
    lastLoadAt: (): string | null => (value.get("last_load_at") as string | undefined) ?? null,
    counts: () =>
      counts.get() as { articles: number; meetings: number; participants: number; quotes: number },
  };
}
