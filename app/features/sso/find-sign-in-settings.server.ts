import type { Executor } from "~/platform/db/database.server";

/**
 * What the single sign-on page reads of the organisation itself: its slug, which names its SSO
 * addresses and our SAML key, and whether passwords still work beside single sign-on.
 */
export async function findSignInSettings(
  db: Executor,
  organisationId: string,
): Promise<{ slug: string; is_password_sign_in_allowed: number }> {
  return db
    .selectFrom("organisations")
    .select(["slug", "is_password_sign_in_allowed"])
    .where("id", "=", organisationId)
    .executeTakeFirstOrThrow();
}
