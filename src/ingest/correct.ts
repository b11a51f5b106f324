import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { cachedDrizzle } from "../db/queries/statements.js";
import { corrections, meetings, participants, quotes } from "../db/schema.js";
import { startWrite } from "./changes.js";
import { applyCorrections, isCorrectable } from "./corrections.js";

export type CorrectableEntity = "meeting" | "participant" | "quote";

/** A correction that points a record at another record that does not exist ("meetingId": "2099-01-01-nowhere"). */
export class UnknownReferenceError extends Error {
  override name = "UnknownReferenceError";
  constructor(
    readonly field: string,
    readonly value: string,
    readonly target: string,
    // Whether the field also takes null (a quote's meetingId does, a merge's otherId does not).
    readonly nullable = true,
  ) {
    super(`no ${target} with id "${value}"`);
  }
}

// Fields whose value is another record's id, and the table it must name.
const references = { meetingId: ["meeting", meetings], speakerId: ["participant", participants] } as const;

const tables = { meeting: meetings, participant: participants, quote: quotes };

/**
 * Records an editor's corrections of a record, apart from the extracted facts, and writes them over those facts.
 * Returns false when there is no such record.
 */
export function correctRecord(
  handle: Db,
  entity: CorrectableEntity,
  id: string,
  values: Record<string, string | string[] | null | undefined>,
  note: string,
  now = new Date().toISOString(),
): boolean {
  const db = cachedDrizzle(handle);
  const table = tables[entity];
  const correct = db.$client.transaction((): boolean => {
    if (!db.select({ id: table.id }).from(table).where(eq(table.id, id)).get()) return false;
    for (const [field, [target, other]] of Object.entries(references)) {
      const value = values[field];
      if (
        typeof value === "string" &&
        !db.select({ id: other.id }).from(other).where(eq(other.id, value)).get()
      )
        throw new UnknownReferenceError(field, value, target);
    }
    const write = startWrite(db, now);
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined || !isCorrectable(entity, field)) continue;
      db.insert(corrections)
        // A correction to null ("meetingId": null) is stored as the JSON text null: the column is JSON and NOT NULL.
        .values({
          entity,
          entityId: id,
          field,
          value: value ?? sql`'null'`,
          note,
          source: "editor",
          createdAt: now,
        })
        .run();
    }
    applyCorrections(db, entity, id);
    db.update(table).set({ updatedAt: now }).where(eq(table.id, id)).run();
    write.record(entity, id, "updated");
    return true;
  });
  return correct();
}
