import type { Db } from "../db/client.js";
import type { changes } from "../db/schema.js";
import { writeStatements } from "./statements.js";

export type Entity = (typeof changes.$inferInsert)["entity"];
export type Action = (typeof changes.$inferInsert)["action"];

/**
 * The bookkeeping of one write: bumps the data version once (ETags, caches and `/meta` follow it) and records
 * each change under that version for `GET /changes`. Must run inside the write's transaction.
 */
export function startWrite(db: Db, now: string) {
  const statements = writeStatements(db);
  statements.bumpVersion.run({ now });
  const version = Number(statements.dataVersion.get()?.value);
  const seen = new Set<string>();
  return {
    version,
    now,
    record(entity: Entity, id: string, action: Action, replacedBy: string | null = null): void {
      // One row per record and action in a write: a meeting updated by three sentences changed once.
      const key = `${entity}|${id}|${action}`;
      if (seen.has(key)) return;
      seen.add(key);
      statements.recordChange.run({ version, entity, entityId: id, action, replacedBy, at: now });
    },
  };
}

export type Write = ReturnType<typeof startWrite>;
