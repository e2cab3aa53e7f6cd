import { emailDomain } from "~/features/account/email-domain-policy.server";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import { createUser, findUserByEmail } from "~/platform/auth/users.server";
import type { DB } from "~/platform/db/database.server";
import type { User } from "~/platform/db/tables/users.table";
import { listEmailDomains } from "./sso-connections.server";
import type { SsoFailure, SsoIdentity } from "./sso-identity.server";
import { findLinkedUser, linkSsoIdentity, type SsoSubject } from "./sso-identity-links.server";

export type ResolvedSsoAccount =
  | { status: "signedIn"; user: User; isNewLink: boolean }
  /** An existing account: its owner must prove it before the identity is linked (issue 13). */
  | { status: "proofNeeded"; user: User }
  | { status: "refused"; failure: SsoFailure };

/**
 * The account an identity provider's answer signs in as:
 * 1. the subject linked before, by this provider → its account;
 * 2. an account of this organisation with the same e-mail → nothing yet: its owner proves it first
 *    (password or mailed link), because an identity provider is set up by the organisation's
 *    administrator, who must not be able to sign in as anyone by naming their address;
 * 3. otherwise a new leader account in the organisation, without a password, linked at once.
 * An address must be in one of the organisation's domains, and an account of another organisation
 * is never taken over: an identity provider speaks only for its own organisation.
 */
export async function resolveSsoAccount(
  db: DB,
  options: { organisationId: string; provider: string; identity: SsoIdentity },
): Promise<ResolvedSsoAccount> {
  const { organisationId, provider, identity } = options;
  const subject: SsoSubject = { organisationId, provider, subject: identity.subject };
  const linked = await findLinkedUser(db, subject);
  if (linked) return linked.is_active === 1 ? signedIn(linked, false) : deactivated();

  const email = normalizeEmail(identity.email);
  const domains = await listEmailDomains(db, organisationId);
  if (!domains.includes(emailDomain(email))) return { status: "refused", failure: "emailDomain" };

  const existing = await findUserByEmail(db, email);
  if (existing && existing.organisation_id !== organisationId) {
    return { status: "refused", failure: "otherOrganisation" };
  }
  if (existing) {
    if (existing.is_active !== 1) return deactivated();
    // A first sign-in of the same subject at the same moment made the account (and its link, in the
    // same transaction) after the first look: that is this person's own new account.
    const justLinked = await findLinkedUser(db, subject);
    if (justLinked?.id === existing.id) return signedIn(existing, false);
    return { status: "proofNeeded", user: existing };
  }

  try {
    return await db.transaction().execute(async (tx) => {
      const user = await createUser(tx, {
        organisationId,
        email,
        name: identity.name,
        passwordHash: null,
        roles: ["leader"],
      });
      await linkSsoIdentity(tx, { ...subject, userId: user.id, email });
      return signedIn(user, true);
    });
  } catch (error) {
    // Two first sign-ins at the same moment: the unique keys decide, and the loser finds the link.
    const winner = await findLinkedUser(db, subject);
    if (winner) return winner.is_active === 1 ? signedIn(winner, false) : deactivated();
    // Someone else's account took the address meanwhile: it needs its owner's proof like any other.
    const taken = await findUserByEmail(db, email);
    if (taken?.organisation_id === organisationId && taken.is_active === 1) {
      return { status: "proofNeeded", user: taken };
    }
    throw error;
  }
}

function signedIn(user: User, isNewLink: boolean): ResolvedSsoAccount {
  return { status: "signedIn", user, isNewLink };
}

function deactivated(): ResolvedSsoAccount {
  return { status: "refused", failure: "deactivated" };
}
