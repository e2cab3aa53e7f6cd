import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { Executor } from "~/platform/db/database.server";
import { toDbTime } from "~/platform/db/time.server";

/**
 * A roll-out mail is read when the leader gets to it, often days later; a reset link's hour would
 * have run out. Two weeks, single use, and spent by any later reset of the same account.
 */
export const ROLLOUT_LINK_DAYS = 14;

/**
 * The roll-out mail's link for a leader without a password: a password link like a reset's (only
 * its hash stored, single use, expiring), with the purpose "rollout", so that choosing the password
 * signs the leader in at once (issue 15, item 7; decision 038). Returns the token for the mail.
 */
export async function createRolloutPasswordLink(
  db: Executor,
  user: { id: string; organisation_id: string },
  now = new Date(),
): Promise<string> {
  const token = newSecretToken();
  await db
    .insertInto("password_reset_tokens")
    .values({
      id: hashToken(token),
      user_id: user.id,
      organisation_id: user.organisation_id,
      created_at: toDbTime(now),
      expires_at: toDbTime(new Date(now.getTime() + ROLLOUT_LINK_DAYS * 24 * 60 * 60_000)),
      used_at: null,
      purpose: "rollout",
    })
    .execute();
  return token;
}
