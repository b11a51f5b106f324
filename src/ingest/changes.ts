import type Database from "better-sqlite3";

export type Entity = "article" | "meeting" | "participant" | "quote";
export type Action = "created" | "updated" | "merged" | "deleted";

/**
 * The bookkeeping of one write: bumps the data version once (ETags, caches and `/meta` follow it) and records
 * each change under that version for `GET /changes`. Must run inside the write's transaction.
 */
export function startWrite(sqlite: Database.Database, now: string) {
  sqlite
    .prepare(
      `INSERT INTO meta (key, value) VALUES ('data_version', '1'), ('last_load_at', ?)
       ON CONFLICT (key) DO UPDATE SET value = CASE key WHEN 'data_version' THEN CAST(value AS INTEGER) + 1
       ELSE excluded.value END`,
    )
    .run(now);
  const version = Number(sqlite.prepare("SELECT value FROM meta WHERE key = 'data_version'").pluck().get());
  const insert = sqlite.prepare(
    "INSERT INTO changes (version, entity, entity_id, action, replaced_by, at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const seen = new Set<string>();
  return {
    version,
    now,
    record(entity: Entity, id: string, action: Action, replacedBy: string | null = null): void {
      // One row per record and action in a write: a meeting updated by three sentences changed once.
      const key = `${entity}|${id}|${action}`;
      if (seen.has(key)) return;
      seen.add(key);
      insert.run(version, entity, id, action, replacedBy, now);
    },
  };
}

export type Write = ReturnType<typeof startWrite>;
