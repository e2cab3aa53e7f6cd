import type { DB } from "~/platform/db/database.server";

export type RemoveEmailDomainResult = { ok: true } | { ok: false; error: "notFound" | "lastVerified" };

/**
 * Removes one of the organisation's domains. The last proven domain stays while password sign-in
 * is off: password sign-in can be off only for an organisation with a proven domain.
 */
export async function removeEmailDomain(
  db: DB,
  options: { organisationId: string; domain: string },
): Promise<RemoveEmailDomainResult> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom("sso_email_domains")
      .select(["domain", "verified_at"])
      .where("organisation_id", "=", options.organisationId)
      .execute();
    const target = rows.find((row) => row.domain === options.domain);
    if (!target) return { ok: false, error: "notFound" } as const;
    const organisation = await tx
      .selectFrom("organisations")
      .select("is_password_sign_in_allowed")
      .where("id", "=", options.organisationId)
      .executeTakeFirstOrThrow();
    const verifiedCount = rows.filter((row) => row.verified_at !== null).length;
    if (
      organisation.is_password_sign_in_allowed === 0 &&
      target.verified_at !== null &&
      verifiedCount === 1
    ) {
      return { ok: false, error: "lastVerified" } as const;
    }
    await tx
      .deleteFrom("sso_email_domains")
      .where("organisation_id", "=", options.organisationId)
      .where("domain", "=", options.domain)
      .execute();
    return { ok: true } as const;
  });
}
