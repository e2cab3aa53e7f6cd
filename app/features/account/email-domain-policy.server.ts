import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import type { Executor } from "~/platform/db/database.server";
import type { User } from "~/platform/db/tables/users.table";

// Which organisation has proven an address's domain, and whether password sign-in is refused for an
// address or an account: the account pages ask it before a password is checked or an account made
// (decision 024). The single-sign-on settings that write these rows live in features/sso.

export function emailDomain(email: string): string {
  const normalized = normalizeEmail(email);
  return normalized.slice(normalized.lastIndexOf("@") + 1);
}

export interface EmailDomainOwner {
  organisationId: string;
  slug: string;
  hasSso: boolean;
  isPasswordSignInAllowed: boolean;
}

/**
 * The organisation that has proven the address's domain, if any: how the sign-in page finds the way
 * in, whose account a sign-up becomes, and where passwords may be refused. A domain that is only
 * added (pending its DNS proof) counts nowhere (issue 13, decision 024).
 */
export async function findEmailDomainOwner(
  db: Executor,
  email: string,
): Promise<EmailDomainOwner | undefined> {
  const row = await db
    .selectFrom("sso_email_domains")
    .innerJoin("organisations", "organisations.id", "sso_email_domains.organisation_id")
    .leftJoin("sso_connections", "sso_connections.organisation_id", "organisations.id")
    .select([
      "organisations.id",
      "organisations.slug",
      "organisations.is_password_sign_in_allowed",
      "sso_connections.protocol",
    ])
    .where("sso_email_domains.domain", "=", emailDomain(email))
    .where("sso_email_domains.verified_at", "is not", null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    organisationId: row.id,
    slug: row.slug,
    hasSso: row.protocol !== null,
    isPasswordSignInAllowed: row.is_password_sign_in_allowed === 1,
  };
}
/** No passwords for any address in a domain that a single-sign-on-only organisation has proven. */
export async function isPasswordSignInRefusedForDomain(db: Executor, email: string): Promise<boolean> {
  const owner = await findEmailDomainOwner(db, email);
  return owner !== undefined && !owner.isPasswordSignInAllowed;
}

/**
 * Whether an address in a domain whose organisation turned passwords off must use single sign-on:
 * yes when it has no account (nobody makes a password account beside the organisation's) or its
 * account is the organisation's; an account of another organisation keeps its own way in.
 */
export async function isPasswordRefusedByDomain(
  db: Executor,
  options: { email: string; account: Pick<User, "organisation_id"> | undefined },
): Promise<boolean> {
  const owner = await findEmailDomainOwner(db, options.email);
  if (owner === undefined || owner.isPasswordSignInAllowed) return false;
  return options.account === undefined || options.account.organisation_id === owner.organisationId;
}

/** No passwords for the accounts of an organisation that turned them off (also outside its domains). */
export async function isPasswordSignInRefusedForOrganisation(
  db: Executor,
  organisationId: string,
): Promise<boolean> {
  const organisation = await db
    .selectFrom("organisations")
    .select("is_password_sign_in_allowed")
    .where("id", "=", organisationId)
    .executeTakeFirst();
  return organisation?.is_password_sign_in_allowed === 0;
}

/**
 * Password sign-in (and so a reset) is refused for an account of an organisation that turned it
 * off; an account of another organisation in such a domain keeps its password (decision 024).
 */
export async function isPasswordSignInRefused(
  db: Executor,
  options: { email: string; organisationId: string },
): Promise<boolean> {
  return (
    (await isPasswordRefusedByDomain(db, {
      email: options.email,
      account: { organisation_id: options.organisationId },
    })) || (await isPasswordSignInRefusedForOrganisation(db, options.organisationId))
  );
}
