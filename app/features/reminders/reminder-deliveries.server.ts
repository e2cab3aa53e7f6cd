import type { ExpressionBuilder } from "kysely";
import type { Database, Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime, toDbTime } from "~/platform/db/time.server";
import type { ReminderKey } from "./due-reminder.server";

/**
 * A claim that was never marked sent nor released (the process died while sending) may be taken over
 * after this long. Longer than an SMTP attempt lasts (nodemailer gives up within minutes), so a slow
 * send is not taken over while it may still succeed.
 */
const STALE_CLAIM_MINUTES = 30;

function staleBefore(now: Date): string {
  return toDbTime(new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000));
}

function hasKey(key: ReminderKey) {
  return (eb: ExpressionBuilder<Database, "reminder_deliveries">) =>
    eb.and({ kind: key.kind, subject_id: key.subjectId, user_id: key.userId, occurrence: key.occurrence });
}

/**
 * Claims a reminder for this process: the insert succeeds in exactly one process even when several
 * share the database, because the key is the primary key (`on conflict do nothing` on both SQLite and
 * PostgreSQL). Returns the claim's id, or null when another process has it or it was sent.
 */
export async function claimReminder(db: Executor, key: ReminderKey): Promise<string | null> {
  const claimId = newId();
  const now = new Date();
  const inserted = await db
    .insertInto("reminder_deliveries")
    .values({
      kind: key.kind,
      subject_id: key.subjectId,
      user_id: key.userId,
      occurrence: key.occurrence,
      claim_id: claimId,
      claimed_at: toDbTime(now),
      sent_at: null,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return claimId;
  // One conditional update: of two processes that find the same stale claim, one changes the row and
  // the other's update then no longer matches it.
  const takenOver = await db
    .updateTable("reminder_deliveries")
    .set({ claim_id: claimId, claimed_at: toDbTime(now) })
    .where(hasKey(key))
    .where("sent_at", "is", null)
    .where("claimed_at", "<", staleBefore(now))
    .executeTakeFirst();
  return Number(takenOver.numUpdatedRows) === 1 ? claimId : null;
}

export async function markReminderSent(db: Executor, key: ReminderKey, claimId: string): Promise<void> {
  await db
    .updateTable("reminder_deliveries")
    .set({ sent_at: nowDbTime() })
    .where(hasKey(key))
    .where("claim_id", "=", claimId)
    .execute();
}

/** Gives a claim back after a failed send, so that the next run (in any process) tries again. */
export async function releaseReminderClaim(db: Executor, key: ReminderKey, claimId: string): Promise<void> {
  await db
    .deleteFrom("reminder_deliveries")
    .where(hasKey(key))
    .where("claim_id", "=", claimId)
    .where("sent_at", "is", null)
    .execute();
}

/**
 * The reminders among these subjects that are sent or being sent, as `reminderKeyText` strings, so a
 * run does not try them again. A stale claim is left out: claimReminder may take it over.
 */
export async function listSettledReminderKeys(db: Executor, subjectIds: string[]): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("reminder_deliveries")
    .select(["kind", "subject_id", "user_id", "occurrence"])
    .where("subject_id", "in", [...new Set(subjectIds)])
    .where((eb) => eb.or([eb("sent_at", "is not", null), eb("claimed_at", ">=", staleBefore(new Date()))]))
    .execute();
  return new Set(
    rows.map((row) =>
      reminderKeyText({
        kind: row.kind,
        subjectId: row.subject_id,
        userId: row.user_id,
        occurrence: row.occurrence,
      }),
    ),
  );
}

export function reminderKeyText(key: ReminderKey): string {
  return [key.kind, key.subjectId, key.userId, key.occurrence].join(" ");
}
