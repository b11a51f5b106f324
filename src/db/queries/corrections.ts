import type { Correction } from "../../schemas/correction.js";
import type { StatementCache } from "./statements.js";

/** The corrections recorded for a record, oldest first: its provenance in detail responses. */
export function correctionsOf(
  prepare: StatementCache,
  entity: "meeting" | "participant" | "quote",
  id: string,
): Correction[] {
  const rows = prepare(
    `SELECT field, value, note, source, created_at AS time FROM corrections
     WHERE entity = ? AND entity_id = ? ORDER BY id`,
  ).all(entity, id) as (Correction & { value: string })[];
  return rows.map((c) => ({ ...c, value: JSON.parse(c.value) }));
}
