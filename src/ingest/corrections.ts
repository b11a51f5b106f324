import type Database from "better-sqlite3";
import { slugify } from "../ids.js";

type Entity = "meeting" | "participant" | "quote";

/** The columns an editor may correct, per entity: field name in the API → column in the table. */
export const correctableFields = {
  meeting: {
    title: "title",
    date: "date",
    endDate: "end_date",
    city: "city",
    country: "country",
    status: "status",
  },
  participant: { name: "name", kind: "kind", role: "role", affiliation: "affiliation" },
  quote: { text: "text", speakerId: "speaker_id", meetingId: "meeting_id" },
} as const;

const tables = { meeting: "meetings", participant: "participants", quote: "quotes" } as const;

/**
 * Writes the stored corrections of a record over its extracted values. Called after every recomputation (merge,
 * deletion of a source), so corrections always win and survive re-ingestion.
 */
export function applyCorrections(sqlite: Database.Database, entity: Entity, id: string): void {
  const rows = sqlite
    .prepare("SELECT field, value FROM corrections WHERE entity = ? AND entity_id = ? ORDER BY id")
    .all(entity, id) as { field: string; value: string }[];
  const fields = correctableFields[entity] as Record<string, string>;
  for (const { field, value } of rows) {
    const column = fields[field];
    if (!column) continue;
    const parsed = JSON.parse(value) as string | null;
    sqlite.prepare(`UPDATE ${tables[entity]} SET ${column} = ? WHERE id = ?`).run(parsed, id);
    // Filters compare folded keys, so a corrected venue must refold them.
    if (entity === "meeting" && (field === "city" || field === "country") && parsed !== null) {
      sqlite.prepare(`UPDATE meetings SET ${field}_key = ? WHERE id = ?`).run(slugify(parsed), id);
    }
  }
}
