import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";

/**
 * A claim that was never marked sent nor released (the process died while sending) may be taken
 * over by a later roll-out after this long; longer than an SMTP attempt lasts, as for reminders.
 */
const STALE_CLAIM_MINUTES = 30;

/**
 * Claims a leader for a roll-out before their mail is sent. The leader's id is the table's key, so
 * of two roll-outs sending at once exactly one inserts the row (`on conflict do nothing` on both
 * engines); the other, and every later roll-out, finds the leader already invited. Returns the
 * claim's id, or null when the leader is invited or being invited.
 */
export async function claimRolloutRecipient(
  db: Executor,
  options: { organisationId: string; rolloutId: string; userId: string },
): Promise<string | null> {
  const claimId = newId();
  const now = new Date();
  const inserted = await db
    .insertInto("rollout_recipients")
    .values({
      user_id: options.userId,
      rollout_id: options.rolloutId,
      organisation_id: options.organisationId,
      claim_id: claimId,
      claimed_at: toDbTime(now),
      sent_at: null,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return claimId;
  // One conditional update: of two roll-outs that find the same stale claim, only one changes it.
  const takenOver = await db
    .updateTable("rollout_recipients")
    .set({ rollout_id: options.rolloutId, claim_id: claimId, claimed_at: toDbTime(now) })
    .where("user_id", "=", options.userId)
    .where("sent_at", "is", null)
    .where("claimed_at", "<", toDbTime(new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000)))
    .executeTakeFirst();
  return Number(takenOver.numUpdatedRows) === 1 ? claimId : null;
}

export async function markRolloutRecipientSent(
  db: Executor,
  options: { userId: string; claimId: string },
): Promise<void> {
  await db
    .updateTable("rollout_recipients")
    .set({ sent_at: nowDbTime() })
    .where("user_id", "=", options.userId)
    .where("claim_id", "=", options.claimId)
    .execute();
}

/** Gives a claim back after a failed send, so that the next roll-out tries this leader again. */
export async function releaseRolloutRecipient(
  db: Executor,
  options: { userId: string; claimId: string },
): Promise<void> {
  await db
    .deleteFrom("rollout_recipients")
    .where("user_id", "=", options.userId)
    .where("claim_id", "=", options.claimId)
    .where("sent_at", "is", null)
    .execute();
}
