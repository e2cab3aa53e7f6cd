import { toCount } from "~/platform/db/count.server";
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
  /** Queued and not sent yet, or being sent (decision 052). */
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
      // Counted from the queue itself: a leader deleted meanwhile, or a claim a stopped process
      // left, is then never miscounted (issue 16's review). Only the unsent rows' index is read.
      (eb) =>
        eb
          .selectFrom("rollout_recipients")
          .select(eb.fn.countAll<number | string>().as("count"))
          .whereRef("rollout_recipients.rollout_id", "=", "rollouts.id")
          .where("rollout_recipients.sent_at", "is", null)
          .as("waiting_count"),
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
    waiting: toCount(row.waiting_count),
  }));
}
