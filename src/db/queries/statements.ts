import type Database from "better-sqlite3";

/** Prepares each distinct SQL text once per connection; queries assembled from filters reuse their statement. */
export function createStatementCache(sqlite: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  return (text: string): Database.Statement => {
    let statement = statements.get(text);
    if (!statement) {
      statement = sqlite.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
}

export type StatementCache = ReturnType<typeof createStatementCache>;

/** SQL conditions (joined with AND) and their parameters, in order. */
export interface Conditions {
  where: string[];
  params: unknown[];
}

export const whereClause = (c: Conditions): string =>
  c.where.length ? ` WHERE ${c.where.join(" AND ")}` : "";
