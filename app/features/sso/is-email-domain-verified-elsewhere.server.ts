import type { Executor } from "~/platform/db/database.server";

/** One domain, one organisation: whether another organisation has already proven this one. */
export async function isEmailDomainVerifiedElsewhere(
  db: Executor,
  options: { organisationId: string; domain: string },
): Promise<boolean> {
  const elsewhere = await listEmailDomainsVerifiedElsewhere(db, {
    organisationId: options.organisationId,
    domains: [options.domain],
  });
  return elsewhere.size > 0;
}

/**
 * Of these domains, those another organisation has proven: their addresses belong to it, so no
 * other organisation can make accounts with them (an import included; issue 13, finding 13).
 */
export async function listEmailDomainsVerifiedElsewhere(
  db: Executor,
  options: { organisationId: string; domains: string[] },
): Promise<Set<string>> {
  if (options.domains.length === 0) return new Set();
  const rows = await db
    .selectFrom("sso_email_domains")
    .select("domain")
    .where("domain", "in", options.domains)
    .where("verified_at", "is not", null)
    .where("organisation_id", "!=", options.organisationId)
    .execute();
  return new Set(rows.map((row) => row.domain));
}
