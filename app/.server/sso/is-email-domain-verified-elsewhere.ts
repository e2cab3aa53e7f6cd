import type { Executor } from "../db/database";

/** One domain, one organisation: whether another organisation has already proven this one. */
export async function isEmailDomainVerifiedElsewhere(
  db: Executor,
  options: { organisationId: string; domain: string },
): Promise<boolean> {
  const row = await db
    .selectFrom("sso_email_domains")
    .select("organisation_id")
    .where("domain", "=", options.domain)
    .where("verified_at", "is not", null)
    .where("organisation_id", "!=", options.organisationId)
    .executeTakeFirst();
  return row !== undefined;
}
