import type { Db } from "../db/client.js";

/**
 * Statements prepared once per database connection: `prepare` runs on a connection's first use, and its result is
 * kept for as long as the connection lives (tests open many databases in one process).
 */
export function perConnection<T>(prepare: (db: Db) => T): (db: Db) => T {
  const prepared = new WeakMap<object, T>();
  return (db) => {
    let statements = prepared.get(db.$client);
    if (statements === undefined) {
      statements = prepare(db);
      prepared.set(db.$client, statements);
    }
    return statements;
  };
}
