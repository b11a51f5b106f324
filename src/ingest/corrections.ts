import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { meetings, participants, quotes } from "../db/schema.js";
import { slugify } from "../ids.js";
import { writeStatements } from "./statements.js";

type Entity = "meeting" | "participant" | "quote";

/** The fields an editor may correct, per entity: the API's field names, which are the drizzle column keys. */
export const correctableFields = {
  meeting: ["title", "date", "endDate", "city", "country", "status"],
  participant: ["name", "kind", "role", "affiliation"],
  quote: ["text", "speakerId", "meetingId"],
} as const satisfies {
  meeting: readonly (keyof typeof meetings.$inferInsert)[];
  participant: readonly (keyof typeof participants.$inferInsert)[];
  quote: readonly (keyof typeof quotes.$inferInsert)[];
};

export const isCorrectable = (entity: Entity, field: string): boolean =>
  (correctableFields[entity] as readonly string[]).includes(field);

const tables = { meeting: meetings, participant: participants, quote: quotes };

/**
 * Writes the stored corrections of a record over its extracted values. Called after every recomputation (merge,
 * deletion of a source), so corrections always win and survive re-ingestion.
 */
export function applyCorrections(db: Db, entity: Entity, id: string): void {
  const rows = writeStatements(db).correctionsOf.all({ entity, id });
  const table = tables[entity];
  for (const { field, value } of rows) {
    if (!isCorrectable(entity, field)) continue;
    // The value was validated by the correction route's schema for this field before it was stored.
    const values: Record<string, unknown> = { [field]: value };
    // Filters compare folded keys, so a corrected venue must refold them.
    if (entity === "meeting" && (field === "city" || field === "country") && typeof value === "string") {
      values[`${field}Key`] = slugify(value);
    }
    db.update(table).set(values).where(eq(table.id, id)).run();
  }
}
