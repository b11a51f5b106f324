import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { meetingActs } from "../schema.js";

/** An editor's acts on meeting ids that no longer name a row: what a withdrawn id answers. */
export function createMeetingActQueries(db: Db) {
  const latest = db
    .select({ action: meetingActs.action, note: meetingActs.note, time: meetingActs.createdAt })
    .from(meetingActs)
    .where(eq(meetingActs.meetingId, sql.placeholder("id")))
    .orderBy(desc(meetingActs.id))
    .limit(1)
    .prepare();
  return {
    /** The withdrawal of a meeting id, when its last act withdrew it. */
    withdrawal(id: string): { note: string; time: string } | undefined {
      const act = latest.get({ id });
      return act?.action === "withdrawn" ? { note: act.note, time: act.time } : undefined;
    },
  };
}
