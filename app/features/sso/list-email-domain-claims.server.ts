import type { Executor } from "~/platform/db/database.server";
import type { SsoEmailDomain } from "~/platform/db/tables/sso.table";

/** Every domain the organisation has added, proven or pending, for its administrator's page. */
export async function listEmailDomainClaims(db: Executor, organisationId: string): Promise<SsoEmailDomain[]> {
  return db
    .selectFrom("sso_email_domains")
    .select([
      "organisation_id",
      "domain",
      "verification_token",
      "created_at",
      "verified_at",
      "checked_at",
      "check_result",
    ])
    .where("organisation_id", "=", organisationId)
    .orderBy("domain")
    .execute();
}
