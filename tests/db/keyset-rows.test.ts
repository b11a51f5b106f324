import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createKeysetPager } from "../../src/db/queries/keyset.js";
import { createStatementCache } from "../../src/db/queries/statements.js";

describe("keyset pages built from raw rows", () => {
  const setup = () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE TABLE t (id TEXT, n INTEGER); INSERT INTO t VALUES ('a', 1), ('b', 2), ('c', 3)");
    const prepare = createStatementCache(sqlite);
    return { prepare, page: createKeysetPager(prepare) };
  };
  const query = { select: "SELECT id, n FROM t", where: [], params: [], key: [{ sql: "id", field: "id" }] };

  it("builds each row from its column values and pages by the built rows' key", () => {
    const { page } = setup();
    const row = (v: unknown[]) => ({ id: v[0] as string, n: v[1] as number, twice: (v[1] as number) * 2 });
    const first = page({ ...query, limit: 2, row });
    expect(first.rows).toEqual([
      { id: "a", n: 1, twice: 2 },
      { id: "b", n: 2, twice: 4 },
    ]);
    expect(page({ ...query, limit: 2, cursor: first.next ?? undefined, row }).rows).toEqual([
      { id: "c", n: 3, twice: 6 },
    ]);
  });

  it("leaves the shared statement answering objects to a page without a builder", () => {
    const { page, prepare } = setup();
    page({ ...query, limit: 5, row: (v) => ({ id: v[0] as string }) });
    expect(prepare("SELECT id, n FROM t ORDER BY id ASC LIMIT ?").get(1)).toEqual({ id: "a", n: 1 });
    expect(page({ ...query, limit: 1 }).rows).toEqual([{ id: "a", n: 1 }]);
  });
});
