import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { logSecurityEvent } from "~/platform/auth/security-log.server";
import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { Executor } from "~/platform/db/database.server";
import type { User } from "~/platform/db/tables/users.table";
import { toDbTime } from "~/platform/db/time.server";
import { VERIFICATION_LINK_HOURS } from "~/platform/mail/link-lifetimes.server";

/**
 * A single-use link that verifies the account's current address; only the token's SHA-256 is
 * stored. `returnTo` (a local path, already checked) is where the person continues afterwards.
 */
export async function createEmailVerification(
  db: Executor,
  options: {
    user: Pick<User, "id" | "organisation_id" | "email">;
    returnTo: string | null;
    meta: RequestMeta;
    now?: Date;
  },
): Promise<string> {
  const now = options.now ?? new Date();
  const token = newSecretToken();
  await db
    .insertInto("email_verification_tokens")
    .values({
      id: hashToken(token),
      user_id: options.user.id,
      organisation_id: options.user.organisation_id,
      email: options.user.email,
      return_to: options.returnTo,
      created_at: toDbTime(now),
      expires_at: toDbTime(new Date(now.getTime() + VERIFICATION_LINK_HOURS * 3_600_000)),
      used_at: null,
    })
    .execute();
  await logSecurityEvent(db, {
    event: "email_verification_sent",
    meta: options.meta,
    email: options.user.email,
    userId: options.user.id,
    organisationId: options.user.organisation_id,
  });
  return token;
}
