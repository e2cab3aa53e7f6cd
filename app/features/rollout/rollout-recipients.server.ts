import type { ExpressionBuilder } from "kysely";
import { unitLeadersQuery } from "~/features/organisation/unit-leaders-query.server";
import { toCount } from "~/platform/db/count.server";
import type { Database, DB, Executor, Tx } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";

/**
 * A claim that was never marked sent nor released (the process died while sending) may be taken
 * over by another sender after this long; longer than an SMTP attempt lasts, as for reminders.
 */
const STALE_CLAIM_MINUTES = 30;

/**
 * Queues a roll-out's leaders: one recipient row per active leader of the unit and the units below
 * it, inserted by one statement from the query that finds them, so no leader is read into the
 * process however large the unit (decision 052). The leader's id is the table's key, so a leader
 * invited before, or queued by a roll-out at the same moment, is left out (`on conflict do
 * nothing` on both engines) and counted as skipped. A queued row's claim is the roll-out's id.
 */
export async function queueRolloutRecipients(
  db: Executor,
  options: { organisationId: string; unitId: string; rolloutId: string },
): Promise<{ queued: number; skipped: number }> {
  const leaders = unitLeadersQuery(db, options);
  const counted = await leaders
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .executeTakeFirst();
  const now = nowDbTime();
  const inserted = await db
    .insertInto("rollout_recipients")
    .columns(["user_id", "rollout_id", "organisation_id", "claim_id", "claimed_at"])
    .expression(
      leaders
        .select((eb) => [
          "users.id",
          eb.val(options.rolloutId).as("rollout_id"),
          eb.val(options.organisationId).as("organisation_id"),
          eb.val(options.rolloutId).as("claim_id"),
          eb.val(now).as("claimed_at"),
        ])
        // In key order: two roll-outs at once on PostgreSQL then wait for each other's rows in the
        // same order, never in a cycle (a deadlock).
        .orderBy("users.id"),
    )
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  const queued = Number(inserted.numInsertedOrUpdatedRows ?? 0);
  return { queued, skipped: Math.max(0, toCount(counted?.count) - queued) };
}

export interface ClaimedRecipient {
  userId: string;
  rolloutId: string;
  organisationId: string;
}

/**
 * How long a queued leader is left to the sender of the request that queued them before any
 * process's scheduler may take them too: a roll-out is mailed at once by its own request's sender,
 * and the schedulers join in on a large one, or take over from a process that stopped.
 */
const HANDOVER_MINUTES = 1;

/**
 * Claims up to `limit` queued leaders for one sender. With `rolloutId`, that roll-out's waiting
 * leaders (its request's own sender); without, what any roll-out left waiting for longer than
 * HANDOVER_MINUTES, and what a sender claimed and never finished (older than STALE_CLAIM_MINUTES:
 * its process stopped). One conditional update, so of two senders, in one process or two, each row
 * goes to exactly one: SQLite runs writes one at a time, and PostgreSQL checks the condition again
 * on a row another transaction changed first.
 */
export async function claimQueuedRecipients(
  db: Executor,
  options: { limit: number; rolloutId?: string; now?: Date },
): Promise<{ claimId: string; recipients: ClaimedRecipient[] }> {
  const now = options.now ?? new Date();
  const before = (minutes: number) => toDbTime(new Date(now.getTime() - minutes * 60_000));
  const claimable = (eb: ExpressionBuilder<Database, "rollout_recipients">) => {
    const isWaiting = eb("claim_id", "=", eb.ref("rollout_id"));
    return eb.and([
      eb("sent_at", "is", null),
      options.rolloutId
        ? eb.and([isWaiting, eb("rollout_id", "=", options.rolloutId)])
        : eb.or([
            eb.and([isWaiting, eb("claimed_at", "<", before(HANDOVER_MINUTES))]),
            eb("claimed_at", "<", before(STALE_CLAIM_MINUTES)),
          ]),
    ]);
  };
  const claimId = newId();
  const rows = await db
    .updateTable("rollout_recipients")
    .set({ claim_id: claimId, claimed_at: toDbTime(now) })
    .where(claimable)
    .where("user_id", "in", (eb) =>
      eb
        .selectFrom("rollout_recipients")
        .select("user_id")
        .where(claimable)
        .orderBy("claimed_at")
        .orderBy("user_id")
        .limit(options.limit),
    )
    .returning(["user_id", "rollout_id", "organisation_id"])
    .execute();
  return {
    claimId,
    recipients: rows.map((row) => ({
      userId: row.user_id,
      rolloutId: row.rollout_id,
      organisationId: row.organisation_id,
    })),
  };
}

/**
 * Marks a leader's mail sent and counts it on their roll-out, in one transaction: a process that
 * stops between the two would leave the history counting a mail that went, or one that did not.
 */
export async function markRolloutRecipientSent(
  db: DB,
  options: { userId: string; rolloutId: string; claimId: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const marked = await trx
      .updateTable("rollout_recipients")
      .set({ sent_at: nowDbTime() })
      .where("user_id", "=", options.userId)
      .where("claim_id", "=", options.claimId)
      .where("sent_at", "is", null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) === 1) await countOnRollout(trx, options.rolloutId, "mailed_count");
  });
}

/**
 * Gives a claim back after a failed send, and counts the failure on the roll-out: the row is
 * deleted, so that a later roll-out of the unit invites this leader again.
 */
export async function releaseRolloutRecipient(
  db: DB,
  options: { userId: string; rolloutId: string; claimId: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const released = await trx
      .deleteFrom("rollout_recipients")
      .where("user_id", "=", options.userId)
      .where("claim_id", "=", options.claimId)
      .where("sent_at", "is", null)
      .executeTakeFirst();
    if (Number(released.numDeletedRows) === 1) await countOnRollout(trx, options.rolloutId, "failed_count");
  });
}

/**
 * Puts claimed leaders not yet mailed back in the queue, for any scheduler after HANDOVER_MINUTES
 * rather than STALE_CLAIM_MINUTES: a sender that stops (its process is shutting down) leaves the
 * rest of its batch so.
 */
export async function returnToQueue(
  db: Executor,
  options: { userIds: string[]; claimId: string },
): Promise<void> {
  if (options.userIds.length === 0) return;
  await db
    .updateTable("rollout_recipients")
    .set((eb) => ({ claim_id: eb.ref("rollout_id") }))
    .where("user_id", "in", options.userIds)
    .where("claim_id", "=", options.claimId)
    .where("sent_at", "is", null)
    .execute();
}

async function countOnRollout(db: Tx, rolloutId: string, column: "mailed_count" | "failed_count") {
  await db
    .updateTable("rollouts")
    .set((eb) => ({ [column]: eb(column, "+", 1) }))
    .where("id", "=", rolloutId)
    .execute();
}
