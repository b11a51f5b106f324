import type { KeysetPage, KeysetPager } from "./keyset.js";
import type { StatementCache } from "./statements.js";

export type Change = {
  version: number;
  entity: "article" | "meeting" | "participant" | "quote";
  id: string;
  action: "created" | "updated" | "merged" | "deleted";
  replacedBy: string | null;
  at: string;
};

/** The change feed, and where a merged-away meeting went. */
export function createChangeQueries(prepare: StatementCache, page: KeysetPager) {
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
        const next = prepare(
          `SELECT replaced_by FROM changes WHERE entity = 'meeting' AND entity_id = ? AND action = 'merged'
           ORDER BY id DESC LIMIT 1`,
        )
          .pluck()
          .get(current) as string | undefined;
        if (!next) return current === id ? undefined : current;
        current = next;
      }
      return current;
    },
  };
}
