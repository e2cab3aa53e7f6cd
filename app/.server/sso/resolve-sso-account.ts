import type { DB } from "../db/database";
import type { User } from "../db/tables/users.table";
import { nowDbTime } from "../db/time";
import { normalizeEmail } from "../users/normalize-email";
import { createUser, findUserByEmail, findUserById } from "../users/users";
import { emailDomain, listEmailDomains } from "./sso-connections";
import type { SsoFailure, SsoIdentity } from "./sso-identity";

export type ResolvedSsoAccount =
  | { ok: true; user: User; isNew: boolean }
  | { ok: false; failure: SsoFailure };

/**
 * The account an identity provider's answer signs in as, on first sign-in created or matched:
 * 1. the subject seen before → its account;
 * 2. an account of this organisation with the same e-mail → linked to the subject (imported people);
 * 3. otherwise a new leader account in the organisation, without a password.
 * An address must be in one of the organisation's domains, and an account of another organisation
 * is never taken over: an identity provider speaks only for its own organisation.
 */
export async function resolveSsoAccount(
  db: DB,
  options: { organisationId: string; identity: SsoIdentity },
): Promise<ResolvedSsoAccount> {
  const { organisationId, identity } = options;
  const linked = await findLinkedUser(db, organisationId, identity.subject);
  if (linked) return linked.is_active === 1 ? { ok: true, user: linked, isNew: false } : deactivated();

  const email = normalizeEmail(identity.email);
  const domains = await listEmailDomains(db, organisationId);
  if (!domains.includes(emailDomain(email))) return { ok: false, failure: "emailDomain" };

  try {
    return await db.transaction().execute(async (tx) => {
      const existing = await findUserByEmail(tx, email);
      if (existing && existing.organisation_id !== organisationId) {
        return { ok: false, failure: "otherOrganisation" } as const;
      }
      const user =
        existing ??
        (await createUser(tx, {
          organisationId,
          email,
          name: identity.name,
          passwordHash: null,
          roles: ["leader"],
        }));
      await tx
        .insertInto("sso_identities")
        .values({
          organisation_id: organisationId,
          subject: identity.subject,
          user_id: user.id,
          created_at: nowDbTime(),
        })
        .execute();
      if (user.is_active !== 1) return deactivated();
      return { ok: true, user, isNew: !existing } as const;
    });
  } catch (error) {
    // Two first sign-ins at the same moment: the unique keys decide, and the loser finds the link.
    const winner = await findLinkedUser(db, organisationId, identity.subject);
    if (winner) return winner.is_active === 1 ? { ok: true, user: winner, isNew: false } : deactivated();
    throw error;
  }
}

async function findLinkedUser(db: DB, organisationId: string, subject: string): Promise<User | undefined> {
  const link = await db
    .selectFrom("sso_identities")
    .select("user_id")
    .where("organisation_id", "=", organisationId)
    .where("subject", "=", subject)
    .executeTakeFirst();
  return link ? findUserById(db, link.user_id) : undefined;
}

function deactivated(): ResolvedSsoAccount {
  return { ok: false, failure: "deactivated" };
}
