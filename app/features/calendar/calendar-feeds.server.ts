import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { DB, Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";

type Owner = { id: string; organisation_id: string };

/**
 * A new secret subscription address for the leader's follow-ups. Any older address stops working:
 * one live feed per person, so "make a new one" is also how a leaked address is shut.
 */
export async function createCalendarFeed(database: DB, owner: Owner): Promise<string> {
  // The old address is revoked and the new one made together: never two live, never none by a crash.
  return database.transaction().execute(async (db) => {
    await revokeCalendarFeeds(db, owner.id);
    const token = newSecretToken();
    await db
      .insertInto("calendar_feeds")
      .values({
        id: newId(),
        organisation_id: owner.organisation_id,
        user_id: owner.id,
        token_hash: hashToken(token),
        created_at: nowDbTime(),
        revoked_at: null,
      })
      .execute();
    return token;
  });
}

export async function revokeCalendarFeeds(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable("calendar_feeds")
    .set({ revoked_at: nowDbTime() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
}

export async function findActiveCalendarFeed(
  db: Executor,
  userId: string,
): Promise<{ createdAt: string } | undefined> {
  const row = await db
    .selectFrom("calendar_feeds")
    .select("created_at")
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row ? { createdAt: row.created_at } : undefined;
}

/** Who a feed token belongs to, if it is live; calendar programs fetch without a session. */
export async function findCalendarFeedOwner(
  db: Executor,
  token: string,
): Promise<{ id: string; name: string; locale: string | null } | undefined> {
  return db
    .selectFrom("calendar_feeds")
    .innerJoin("users", "users.id", "calendar_feeds.user_id")
    .select(["users.id", "users.name", "users.locale"])
    .where("calendar_feeds.token_hash", "=", hashToken(token))
    .where("calendar_feeds.revoked_at", "is", null)
    .where("users.is_active", "=", 1)
    .executeTakeFirst();
}
