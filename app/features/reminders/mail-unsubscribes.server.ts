import type { Executor } from "~/platform/db/database.server";
import type { ReminderKind } from "~/platform/db/tables/reminder-kinds";
import { nowDbTime } from "~/platform/db/time.server";

export interface MailSubscription {
  userId: string;
  kind: ReminderKind;
}

/** Whether the user has switched this kind of mail off; undefined when there is no such user. */
export async function findIsUnsubscribed(
  db: Executor,
  subscription: MailSubscription,
): Promise<boolean | undefined> {
  const row = await db
    .selectFrom("users")
    .leftJoin("mail_unsubscribes", (join) =>
      join
        .onRef("mail_unsubscribes.user_id", "=", "users.id")
        .on("mail_unsubscribes.kind", "=", subscription.kind),
    )
    .select(["users.id", "mail_unsubscribes.kind"])
    .where("users.id", "=", subscription.userId)
    .executeTakeFirst();
  return row === undefined ? undefined : row.kind !== null;
}

/**
 * Switches one kind of reminder off for a user; doing it twice is the same as once. False when the
 * user no longer exists (an old link).
 */
export async function unsubscribeFromMail(db: Executor, subscription: MailSubscription): Promise<boolean> {
  const user = await db
    .selectFrom("users")
    .select("id")
    .where("id", "=", subscription.userId)
    .executeTakeFirst();
  if (!user) return false;
  await db
    .insertInto("mail_unsubscribes")
    .values({ user_id: subscription.userId, kind: subscription.kind, created_at: nowDbTime() })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return true;
}

/** The kinds each of these users has switched off, as "userId kind" strings. */
export async function listUnsubscribes(db: Executor, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("mail_unsubscribes")
    .select(["user_id", "kind"])
    .where("user_id", "in", [...new Set(userIds)])
    .execute();
  return new Set(rows.map((row) => `${row.user_id} ${row.kind}`));
}
