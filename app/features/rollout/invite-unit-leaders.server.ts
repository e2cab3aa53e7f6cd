import { findUnit } from "~/features/organisation/find-unit.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { queueRolloutRecipients } from "./rollout-recipients.server";

export interface RolloutResult {
  rolloutId: string;
  /** Leaders queued to be mailed now; leaders left out because they were invited before. */
  queued: number;
  skipped: number;
}

/**
 * Roll-out: HR or top management invites the active leaders of a unit (and the units below it) to
 * start the tool, and the roll-out is recorded. Each leader is invited once: one already invited,
 * by this unit's roll-out or a unit above it, is skipped. The leaders are queued here, in the
 * database, and mailed by `sendQueuedRolloutMails` after the answer (decision 052): the request
 * costs the same for 5 leaders and for 100,000. Null: no such unit here.
 */
export async function inviteUnitLeaders(
  db: DB,
  options: { organisationId: string; unitId: string; senderId: string },
): Promise<RolloutResult | null> {
  return db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, options);
    if (!unit) return null;
    const rolloutId = newId();
    await trx
      .insertInto("rollouts")
      .values({
        id: rolloutId,
        organisation_id: options.organisationId,
        unit_id: unit.id,
        unit_path: unit.path,
        sent_by: options.senderId,
        sent_at: nowDbTime(),
        mailed_count: 0,
        skipped_count: 0,
        failed_count: 0,
      })
      .execute();
    const result = await queueRolloutRecipients(trx, {
      organisationId: options.organisationId,
      unitId: unit.id,
      rolloutId,
    });
    await trx
      .updateTable("rollouts")
      .set({ skipped_count: result.skipped })
      .where("id", "=", rolloutId)
      .execute();
    return { rolloutId, ...result };
  });
}
