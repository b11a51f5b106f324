import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { corrections } from "../schema.js";

/** The corrections recorded for a record, oldest first: its provenance in detail responses. */
export function createCorrectionQueries(db: Db) {
  const of = db
    .select({
      field: corrections.field,
      value: corrections.value,
      note: corrections.note,
      source: corrections.source,
      time: corrections.createdAt,
    })
    .from(corrections)
    .where(
      and(eq(corrections.entity, sql.placeholder("entity")), eq(corrections.entityId, sql.placeholder("id"))),
    )
    .orderBy(asc(corrections.id))
    .prepare();
  return (entity: "meeting" | "participant" | "quote", id: string) => of.all({ entity, id });
}

export type CorrectionsOf = ReturnType<typeof createCorrectionQueries>;
