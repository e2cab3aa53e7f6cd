import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { logSecurityEvent } from "~/platform/auth/security-log.server";
import { hashToken } from "~/platform/crypto/tokens.server";
import type { DB, Executor } from "~/platform/db/database.server";
import { toDbTime } from "~/platform/db/time.server";
import { reclaimAccountForMailboxOwner } from "./reclaim-account.server";

export interface UsableVerification {
  userId: string;
  email: string;
  name: string;
  returnTo: string | null;
}

/** What the link's page shows before the person confirms: whose address, while it still works. */
export async function findUsableVerification(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<UsableVerification | undefined> {
  const row = await db
    .selectFrom("email_verification_tokens")
    .innerJoin("users", "users.id", "email_verification_tokens.user_id")
    .select(["users.id", "users.name", "users.email", "email_verification_tokens.return_to"])
    // A link verifies the address it was sent to, never an address the account has since.
    .whereRef("users.email", "=", "email_verification_tokens.email")
    .where("email_verification_tokens.id", "=", hashToken(token))
    .where("email_verification_tokens.used_at", "is", null)
    .where("email_verification_tokens.expires_at", ">", toDbTime(now))
    .where("users.is_active", "=", 1)
    .executeTakeFirst();
  return row && { userId: row.id, email: row.email, name: row.name, returnTo: row.return_to };
}

export type VerifyEmailResult =
  /** `isReclaimed`: confirmed outside the account's session, so its password and sessions are gone. */
  | { ok: true; userId: string; email: string; returnTo: string | null; isReclaimed: boolean }
  | { ok: false; error: "invalidToken" };

/**
 * Spends the link atomically (a second use, even at the same moment, fails) and marks the address
 * verified; the account's other open links are spent with it. Confirmed by anyone but the account
 * itself, signed in (`confirmedByUserId`), the mailbox's owner takes the account back: whoever chose
 * its password at sign-up may not be them (a forwarded invitation, an address taken first).
 */
export async function verifyEmail(
  db: DB,
  options: { token: string; meta: RequestMeta; confirmedByUserId: string | null; now?: Date },
): Promise<VerifyEmailResult> {
  const now = options.now ?? new Date();
  const result = await db.transaction().execute(async (tx) => {
    const found = await findUsableVerification(tx, options.token, now);
    if (!found) return undefined;
    const spent = await tx
      .updateTable("email_verification_tokens")
      .set({ used_at: toDbTime(now) })
      .where("id", "=", hashToken(options.token))
      .where("used_at", "is", null)
      .returning(["user_id", "organisation_id"])
      .executeTakeFirst();
    if (!spent) return undefined;
    await tx
      .updateTable("users")
      .set({ email_verified_at: toDbTime(now), updated_at: toDbTime(now) })
      .where("id", "=", spent.user_id)
      .where("email_verified_at", "is", null)
      .execute();
    await tx
      .updateTable("email_verification_tokens")
      .set({ used_at: toDbTime(now) })
      .where("user_id", "=", spent.user_id)
      .where("used_at", "is", null)
      .execute();
    const isReclaimed = options.confirmedByUserId !== spent.user_id;
    if (isReclaimed) await reclaimAccountForMailboxOwner(tx, spent.user_id);
    await logSecurityEvent(tx, {
      event: "email_verified",
      meta: options.meta,
      email: found.email,
      userId: spent.user_id,
      organisationId: spent.organisation_id,
    });
    return { userId: spent.user_id, email: found.email, returnTo: found.returnTo, isReclaimed };
  });
  return result ? { ok: true, ...result } : { ok: false, error: "invalidToken" };
}
