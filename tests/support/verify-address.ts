import { createEmailVerification } from "~/features/account/create-email-verification.server";
import { verifyEmail } from "~/features/account/verify-email.server";
import type { DB } from "~/platform/db/database.server";
import type { User } from "~/platform/db/tables/users.table";

/**
 * Verifies an account's address the way its owner does: a link is made, as for the mail, and used.
 * For database tests whose people must accept invitations or see what was shared (decision 022).
 */
export async function verifyAddress<T extends Pick<User, "id" | "organisation_id" | "email">>(
  db: DB,
  user: T,
): Promise<T> {
  const meta = { ip: null, userAgent: "vitest" };
  const token = await createEmailVerification(db, { user, returnTo: null, meta });
  // Confirmed while signed in as the account itself, as its owner does right after sign-up.
  const result = await verifyEmail(db, { token, meta, confirmedByUserId: user.id });
  if (!result.ok) throw new Error(`verifying ${user.email} failed`);
  return user;
}
