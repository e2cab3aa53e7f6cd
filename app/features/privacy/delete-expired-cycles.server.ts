import type { Executor } from "~/platform/db/database.server";
import { toDbTime } from "~/platform/db/time.server";

/**
 * The retention period (issue 6): archived cycles of an organisation that sets one are deleted
 * when they were archived longer ago than that — with their texts, agreements, dialogues and notes
 * (the foreign keys cascade). Active cycles are never touched. Returns how many were deleted.
 */
export async function deleteExpiredCycles(db: Executor, options: { now: Date }): Promise<number> {
  const organisations = await db
    .selectFrom("organisations")
    .select(["id", "retention_months"])
    .where("retention_months", "is not", null)
    .execute();
  let deleted = 0;
  for (const organisation of organisations) {
    const cutoff = new Date(options.now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - Number(organisation.retention_months));
    const result = await db
      .deleteFrom("cycles")
      .where("organisation_id", "=", organisation.id)
      .where("status", "=", "archived")
      .where("archived_at", "<", toDbTime(cutoff))
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}
