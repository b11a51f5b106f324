import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { changes } from "../schema.js";
import type { KeysetPage, KeysetPager } from "./keyset.js";

/** A change as the feed serves it: the table's row, with the record's id as `id`. */
export type Change = Omit<typeof changes.$inferSelect, "id" | "entityId"> & { id: string };

/** The change feed, and where a merged-away meeting went. */
export function createChangeQueries(db: Db, page: KeysetPager) {
  const mergedInto = db
    .select({ survivor: changes.replacedBy })
    .from(changes)
    .where(
      and(
        eq(changes.entity, "meeting"),
        eq(changes.entityId, sql.placeholder("id")),
        eq(changes.action, "merged"),
      ),
    )
    .orderBy(desc(changes.id))
    .limit(1)
    .prepare();
  return {
    list(f: { since: number; limit: number; cursor?: string | undefined }): KeysetPage<Change> {
      const result = page<Change & { seq: number }>({
        select: `SELECT c.id AS seq, c.version, c.entity, c.entity_id AS id, c.action, c.replaced_by AS replacedBy,
          c.at FROM changes c`,
        where: ["c.version > ?"],
        params: [f.since],
        key: [{ sql: "c.id", field: "seq" }],
        limit: f.limit,
        cursor: f.cursor,
      });
      return { rows: result.rows.map(({ seq, ...change }) => change), next: result.next };
    },
    /** The meeting that absorbed a merged-away meeting id, following chains of merges. */
    survivorOf(id: string): string | undefined {
      let current = id;
      for (let hops = 0; hops < 20; hops++) {
        const next = mergedInto.get({ id: current })?.survivor;
        if (!next) return current === id ? undefined : current;
        current = next;
      }
      return current;
    },
  };
}
