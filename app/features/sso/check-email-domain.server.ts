import type { Executor } from "~/platform/db/database.server";
import type { DomainCheckResult } from "~/platform/db/tables/sso.table";
import { nowDbTime } from "~/platform/db/time.server";
import { isEmailDomainVerifiedElsewhere } from "./is-email-domain-verified-elsewhere.server";
import { isPublicMailDomain } from "./is-public-mail-domain.server";
import { lookUpDomainProof } from "./look-up-domain-proof.server";

/**
 * "Check now": looks for the pending domain's proof in DNS and, when this claim's token is there,
 * makes the domain the organisation's. Two organisations proving one domain at the same moment are
 * settled by the unique key on verified domains: the loser's answer is "taken". The result is kept
 * on the row for the page. Undefined when the organisation has not added the domain.
 */
export async function checkEmailDomain(
  db: Executor,
  options: { organisationId: string; domain: string; dnsServers: string[] | undefined },
): Promise<DomainCheckResult | undefined> {
  const { organisationId, domain } = options;
  const claim = await db
    .selectFrom("sso_email_domains")
    .select(["verification_token", "verified_at"])
    .where("organisation_id", "=", organisationId)
    .where("domain", "=", domain)
    .executeTakeFirst();
  if (!claim) return undefined;
  if (claim.verified_at !== null) return "found";
  const result = await proofResult(db, { organisationId, domain, token: claim.verification_token, options });
  const checkedAt = nowDbTime();
  const update = db
    .updateTable("sso_email_domains")
    .where("organisation_id", "=", organisationId)
    .where("domain", "=", domain)
    .where("verified_at", "is", null);
  if (result !== "found") {
    await update.set({ checked_at: checkedAt, check_result: result }).execute();
    return result;
  }
  try {
    await update.set({ checked_at: checkedAt, check_result: "found", verified_at: checkedAt }).execute();
    return "found";
  } catch (error) {
    if (!(await isEmailDomainVerifiedElsewhere(db, { organisationId, domain }))) throw error;
    await update.set({ checked_at: checkedAt, check_result: "taken" }).execute();
    return "taken";
  }
}

async function proofResult(
  db: Executor,
  claim: {
    organisationId: string;
    domain: string;
    token: string;
    options: { dnsServers: string[] | undefined };
  },
): Promise<DomainCheckResult> {
  // Claims from before public providers were refused (decision 024) can never be proven.
  if (isPublicMailDomain(claim.domain)) return "publicProvider";
  if (await isEmailDomainVerifiedElsewhere(db, claim)) return "taken";
  return lookUpDomainProof({
    domain: claim.domain,
    token: claim.token,
    dnsServers: claim.options.dnsServers,
  });
}
