import { invalidateCredentials } from "~/platform/auth/sessions.server";
import type { Executor } from "~/platform/db/database.server";
import { nowDbTime } from "~/platform/db/time.server";

/**
 * The mailbox's owner has just proved the address (a verification or single-sign-on link opened
 * outside the account's own session), but the account was set up by whoever signed up with the
 * address — maybe someone holding a forwarded invitation, or an outsider who took a new colleague's
 * address first (issue 13, and the two reviews of its fixes). So everything that person could have
 * arranged goes with the password: every session and known device, the nearest leader they had
 * accept, the parts they shared, their dialogues and open invitations, calendar subscriptions and
 * single-sign-on links. What was written stays, for the owner to keep or delete.
 */
export async function reclaimAccountForMailboxOwner(db: Executor, userId: string): Promise<void> {
  const now = nowDbTime();
  // Accepting an invitation also makes the accepter the leader's nearest leader of record: the one
  // the taker planted must not be offered to the owner as the person to invite again.
  await db
    .updateTable("users")
    .set({ nearest_leader_id: null })
    .where("id", "=", userId)
    .whereRef("nearest_leader_id", "=", "accepted_nearest_leader_id")
    .execute();
  await db
    .updateTable("users")
    .set({ password_hash: null, accepted_nearest_leader_id: null, updated_at: now })
    .where("id", "=", userId)
    .execute();
  await invalidateCredentials(db, userId);
  const cycleIds = db.selectFrom("cycles").select("id").where("user_id", "=", userId);
  await db.deleteFrom("kontrakt_shares").where("cycle_id", "in", cycleIds).execute();
  const dialogueIds = db
    .selectFrom("dialogues")
    .select("id")
    .where("leader_id", "=", userId)
    .where("status", "in", ["invited", "accepted"]);
  await db
    .updateTable("invitations")
    .set({ expires_at: now })
    .where("dialogue_id", "in", dialogueIds)
    .where("used_at", "is", null)
    .execute();
  await db
    .updateTable("dialogues")
    .set({ status: "cancelled", updated_at: now })
    .where("leader_id", "=", userId)
    .where("status", "in", ["invited", "accepted"])
    .execute();
  await db
    .updateTable("calendar_feeds")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .execute();
  await db.deleteFrom("sso_link_proofs").where("user_id", "=", userId).execute();
  await db.deleteFrom("sso_identities").where("user_id", "=", userId).execute();
}
