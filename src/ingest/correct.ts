import type { Db } from "../db/client.js";
import { withStatementCache } from "../db/queries/statements.js";
import { startWrite } from "./changes.js";
import { applyCorrections, correctableFields } from "./corrections.js";

export type CorrectableEntity = keyof typeof correctableFields;

const tables = { meeting: "meetings", participant: "participants", quote: "quotes" } as const;

/**
 * Records an editor's corrections of a record, apart from the extracted facts, and writes them over those facts.
 * Returns false when there is no such record.
 */
export function correctRecord(
  db: Db,
  entity: CorrectableEntity,
  id: string,
  values: Record<string, string | null | undefined>,
  note: string,
  now = new Date().toISOString(),
): boolean {
  const sqlite = withStatementCache(db.$client);
  const correct = sqlite.transaction((): boolean => {
    if (!sqlite.prepare(`SELECT 1 FROM ${tables[entity]} WHERE id = ?`).get(id)) return false;
    const write = startWrite(sqlite, now);
    const insert = sqlite.prepare(
      "INSERT INTO corrections (entity, entity_id, field, value, note, source, created_at) VALUES (?, ?, ?, ?, ?, 'editor', ?)",
    );
    for (const [field, value] of Object.entries(values)) {
      if (value !== undefined && field in correctableFields[entity])
        insert.run(entity, id, field, JSON.stringify(value), note, now);
    }
    applyCorrections(sqlite, entity, id);
    sqlite.prepare(`UPDATE ${tables[entity]} SET updated_at = ? WHERE id = ?`).run(now, id);
    write.record(entity, id, "updated");
    return true;
  });
  return correct();
}
