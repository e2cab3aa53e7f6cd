import { randomBytes } from "node:crypto";
import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";
import { nowDbTime } from "~/platform/db/time.server";
import { emailDomainOf } from "~/platform/identity/account-email";
import { isEmailDomainVerifiedElsewhere } from "./is-email-domain-verified-elsewhere.server";
import { isPublicMailDomain } from "./is-public-mail-domain.server";

/** Enough for a municipality's schools and institutions; a guard against filling the table. */
export const MAX_EMAIL_DOMAINS = 50;

export type AddEmailDomainResult =
  | { ok: true; domain: string }
  | { ok: false; error: "publicProvider" | "taken" | "alreadyAdded" | "tooMany" };

/**
 * Adds a domain to an organisation, pending: it counts for nothing until its administrator proves
 * control with the DNS record holding the new token (`checkEmailDomain`). Public mail providers are
 * refused, and so is a domain another organisation has proven. Another organisation's pending claim
 * does not stop anyone: the proof decides.
 */
export async function addEmailDomain(
  db: Executor,
  options: { organisationId: string; domain: string },
): Promise<AddEmailDomainResult> {
  // The one form every address and domain is kept in: an internationalised domain as DNS spells it
  // ("xn--…"), whether it was typed with its letters or in punycode (account-email.ts).
  const domain = emailDomainOf(`postmaster@${options.domain}`);
  if (isPublicMailDomain(domain)) return { ok: false, error: "publicProvider" };
  if (await isEmailDomainVerifiedElsewhere(db, { organisationId: options.organisationId, domain })) {
    return { ok: false, error: "taken" };
  }
  const count = await db
    .selectFrom("sso_email_domains")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("organisation_id", "=", options.organisationId)
    .executeTakeFirstOrThrow();
  if (toCount(count.count) >= MAX_EMAIL_DOMAINS) return { ok: false, error: "tooMany" };
  const inserted = await db
    .insertInto("sso_email_domains")
    .values({
      organisation_id: options.organisationId,
      domain,
      verification_token: randomBytes(16).toString("hex"),
      created_at: nowDbTime(),
    })
    .onConflict((oc) => oc.columns(["organisation_id", "domain"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, error: "alreadyAdded" };
  return { ok: true, domain };
}
