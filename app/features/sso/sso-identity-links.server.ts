import { logSecurityEvent, type SecurityEventSource } from "~/platform/auth/security-log.server";
import { findUserById } from "~/platform/auth/users.server";
import type { DB, Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { SsoIdentityLink } from "~/platform/db/tables/sso.table";
import type { User } from "~/platform/db/tables/users.table";
import { nowDbTime } from "~/platform/db/time.server";

// The links between an identity provider's subject and an account (sso_identities). A link is found
// only for the provider that made it (ssoProviderOf), and made only by resolveSsoAccount (a new
// account) or a proof of the account's owner (prove-sso-link.server.ts).

export interface SsoSubject {
  organisationId: string;
  provider: string;
  subject: string;
}

export async function findLinkedUser(db: Executor, subject: SsoSubject): Promise<User | undefined> {
  const link = await db
    .selectFrom("sso_identities")
    .select("user_id")
    .where("organisation_id", "=", subject.organisationId)
    .where("provider", "=", subject.provider)
    .where("subject", "=", subject.subject)
    .executeTakeFirst();
  return link ? findUserById(db, link.user_id) : undefined;
}

export async function linkSsoIdentity(
  db: Executor,
  options: SsoSubject & { userId: string; email: string },
): Promise<void> {
  await db
    .insertInto("sso_identities")
    .values({
      id: newId(),
      organisation_id: options.organisationId,
      provider: options.provider,
      subject: options.subject,
      user_id: options.userId,
      email: options.email,
      created_at: nowDbTime(),
    })
    .execute();
}

export async function listSsoIdentityLinks(db: Executor, userId: string): Promise<SsoIdentityLink[]> {
  return db
    .selectFrom("sso_identities")
    .select(["id", "organisation_id", "provider", "subject", "user_id", "email", "created_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();
}

/**
 * Only the person's own link goes (another person's id removes nothing), and its going is in the
 * security log in the same transaction.
 */
export async function removeSsoIdentityLink(
  db: DB,
  options: { id: string; userId: string; source: SecurityEventSource },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom("sso_identities")
      .where("id", "=", options.id)
      .where("user_id", "=", options.userId)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) return false;
    await logSecurityEvent(trx, { ...options.source, event: "sso_unlinked" });
    return true;
  });
}

/**
 * When the organisation's provider is switched off or replaced, its links go with it, and so do
 * proofs under way: a later provider starts from nothing (docs/decisions/023).
 */
export async function dropSsoIdentityLinks(
  db: Executor,
  options: { organisationId: string; keepProviders: string[] },
): Promise<void> {
  for (const table of ["sso_identities", "sso_link_proofs"] as const) {
    let query = db.deleteFrom(table).where("organisation_id", "=", options.organisationId);
    if (options.keepProviders.length > 0) query = query.where("provider", "not in", options.keepProviders);
    await query.execute();
  }
}
