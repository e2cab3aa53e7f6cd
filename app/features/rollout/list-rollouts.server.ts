import type { Executor } from "~/platform/db/database.server";

export interface RolloutRecord {
  id: string;
  sentAt: string;
  unitPath: string;
  /** Null when the sender has since deleted their account. */
  senderName: string | null;
  mailed: number;
  skipped: number;
  failed: number;
  /** Queued and neither mailed nor failed yet (decision 052). */
  waiting: number;
}

/** The organisation's earlier roll-outs, newest first. */
export async function listRollouts(
  db: Executor,
  organisationId: string,
  limit = 50,
): Promise<RolloutRecord[]> {
  const rows = await db
    .selectFrom("rollouts")
    .leftJoin("users", "users.id", "rollouts.sent_by")
    .select([
      "rollouts.id",
      "rollouts.sent_at",
      "rollouts.unit_path",
      "users.name as sender_name",
      "rollouts.queued_count",
      "rollouts.mailed_count",
      "rollouts.skipped_count",
      "rollouts.failed_count",
    ])
    .where("rollouts.organisation_id", "=", organisationId)
    .orderBy("rollouts.sent_at", "desc")
    .orderBy("rollouts.id")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    sentAt: row.sent_at,
    unitPath: row.unit_path,
    senderName: row.sender_name,
    mailed: Number(row.mailed_count),
    skipped: Number(row.skipped_count),
    failed: Number(row.failed_count),
    waiting: Math.max(0, Number(row.queued_count) - Number(row.mailed_count) - Number(row.failed_count)),
  }));
}
