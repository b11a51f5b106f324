import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { meetingParticipants, meetings, participants, quotes } from "../db/schema.js";
import { participantId, slugify } from "../ids.js";
import { participantKind } from "./kinds.js";
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

/** A meeting's lists of names an editor may correct, and the link role each one is made of. */
export const linkFields = { parties: "party", organizations: "organization" } as const;

const isLinkField = (field: string): field is keyof typeof linkFields => Object.hasOwn(linkFields, field);

export const isCorrectable = (entity: Entity, field: string): boolean =>
  (correctableFields[entity] as readonly string[]).includes(field) ||
  (entity === "meeting" && isLinkField(field));

const tables = { meeting: meetings, participant: participants, quote: quotes };

// Quote fields whose value is another record's id: a correction naming a record deleted since waits for it.
const references = { meetingId: meetings, speakerId: participants } as const;

/**
 * Writes the stored corrections of a record over its extracted values. Called after every recomputation (merge,
 * deletion of a source, a new report), so corrections always win and survive re-ingestion.
 */
export function applyCorrections(db: Db, entity: Entity, id: string): void {
  const rows = writeStatements(db).correctionsOf.all({ entity, id });
  const table = tables[entity];
  for (const { field, value, createdAt } of rows) {
    if (!isCorrectable(entity, field)) continue;
    if (entity === "meeting" && isLinkField(field) && Array.isArray(value)) {
      replaceLinks(db, id, linkFields[field], value, createdAt);
      continue;
    }
    if (entity === "quote" && typeof value === "string" && Object.hasOwn(references, field)) {
      const target = references[field as keyof typeof references];
      if (!db.select({ id: target.id }).from(target).where(eq(target.id, value)).get()) continue;
    }
    // The value was validated by the correction route's schema for this field before it was stored.
    const values: Record<string, unknown> = { [field]: value };
    // Filters compare folded keys, so a corrected venue must refold them.
    if (entity === "meeting" && (field === "city" || field === "country") && typeof value === "string") {
      values[`${field}Key`] = slugify(value);
    }
    db.update(table).set(values).where(eq(table.id, id)).run();
  }
}

/**
 * A meeting's parties or organisations become exactly the corrected names: extracted links of that role go (a
 * report of another meeting cannot leak them back, the correction is applied after every report), and a name no
 * record has yet becomes a participant.
 */
function replaceLinks(
  db: Db,
  meetingId: string,
  role: (typeof linkFields)[keyof typeof linkFields],
  names: string[],
  now: string,
): void {
  db.delete(meetingParticipants)
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.role, role)))
    .run();
  for (const name of names) {
    const id = participantId(name);
    db.insert(participants)
      .values({ id, name, kind: role === "party" ? participantKind(name) : "organization", updatedAt: now })
      .onConflictDoNothing()
      .run();
    db.insert(meetingParticipants).values({ meetingId, participantId: id, role }).onConflictDoNothing().run();
  }
}

/** Re-applies the quote corrections that name a record (re)created just now: `meetingId` or `speakerId`. */
export function applyCorrectionsNaming(db: Db, field: "meetingId" | "speakerId", id: string): void {
  for (const quote of writeStatements(db).correctionsNaming.all({ field, id })) {
    applyCorrections(db, "quote", quote.id);
  }
}
