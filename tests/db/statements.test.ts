import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "../../src/db/queries/statements.js";

describe("withStatementCache", () => {
  it("prepares each text once per connection and hands statements back unplucked", () => {
    const raw = new Database(":memory:");
    const sqlite = withStatementCache(raw);
    expect(withStatementCache(raw)).toBe(sqlite);
    sqlite.exec("CREATE TABLE t (a, b); INSERT INTO t VALUES (1, 2)");
    const first = sqlite.prepare("SELECT a, b FROM t");
    expect(first.pluck().get()).toBe(1);
    const again = sqlite.prepare("SELECT a, b FROM t");
    expect(again).toBe(first);
    expect(again.get()).toEqual({ a: 1, b: 2 });
    // Writes and transactions go to the connection itself.
    sqlite.prepare("INSERT INTO t VALUES (?, ?)").run(3, 4);
    sqlite.transaction(() => sqlite.prepare("INSERT INTO t VALUES (?, ?)").run(5, 6))();
    expect(raw.prepare("SELECT count(*) FROM t").pluck().get()).toBe(3);
    expect(sqlite.inTransaction).toBe(false);
  });
});
