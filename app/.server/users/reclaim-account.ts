import { revokeAllSessions } from "../auth/sessions";
import type { Executor } from "../db/database";
import { nowDbTime } from "../db/time";

/**
 * The mailbox's owner has just proved the address (a verification or single-sign-on link opened
 * outside the account's own session), but the account's password was chosen by whoever signed up
 * with the address — maybe someone holding a forwarded invitation, or an outsider who took a new
 * colleague's address first (issue 13; the review of the fixes). So the password and every session
 * go, and only the mailbox's owner can choose a new password (through the reset link) or sign in
 * through single sign-on.
 */
export async function reclaimAccountForMailboxOwner(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: null, updated_at: nowDbTime() })
    .where("id", "=", userId)
    .execute();
  await revokeAllSessions(db, userId);
}
