import {
  findEmailDomainOwner,
  isPasswordSignInRefusedForDomain,
} from "~/features/account/email-domain-policy.server";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import { isRateLimited, SIGN_UP_LIMIT } from "~/platform/auth/rate-limit.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { logSecurityEvent } from "~/platform/auth/security-log.server";
import { createUser, findUserByEmail } from "~/platform/auth/users.server";
import type { DB } from "~/platform/db/database.server";
import type { User } from "~/platform/db/tables/users.table";
import { hashPassword } from "./password.server";

export interface SignUpOptions {
  organisationId: string;
  name: string;
  email: string;
  password: string;
  locale: string;
  meta: RequestMeta;
}

export type SignUpResult =
  | { ok: true; outcome: "created"; user: User }
  /** The address has an account: the caller answers as for "created", signs no one in, and mails the owner. */
  | { ok: true; outcome: "addressInUse"; owner: User }
  | { ok: false; error: "rateLimited" | "ssoRequired" };

/**
 * A leader creates their own account (using the tool alone, no organisation set up). An address
 * that already has an account costs the same work (the password is hashed either way) and is
 * logged and rate-limited the same, so the answer cannot tell the two apart (issue 13, finding 7).
 */
export async function signUp(db: DB, options: SignUpOptions): Promise<SignUpResult> {
  const email = normalizeEmail(options.email);
  if (await isRateLimited(db, SIGN_UP_LIMIT, { email, meta: options.meta })) {
    await logSecurityEvent(db, { event: "sign_up_rate_limited", meta: options.meta, email });
    return { ok: false, error: "rateLimited" };
  }
  // A domain whose organisation signs in only through single sign-on gets no password accounts.
  if (await isPasswordSignInRefusedForDomain(db, options.email)) return { ok: false, error: "ssoRequired" };
  // An address in a proven domain belongs to that domain's organisation, so nobody can take it
  // first in another one (issue 13, finding 13).
  const organisationId =
    (await findEmailDomainOwner(db, options.email))?.organisationId ?? options.organisationId;
  const passwordHash = await hashPassword(options.password);
  const existing = await findUserByEmail(db, email);
  if (existing) return addressInUse(db, existing, options.meta);
  try {
    const user = await db.transaction().execute(async (tx) => {
      const created = await createUser(tx, {
        organisationId,
        email: options.email,
        name: options.name,
        passwordHash,
        locale: options.locale,
        roles: ["leader"],
      });
      await logSecurityEvent(tx, {
        event: "sign_up",
        meta: options.meta,
        email: created.email,
        userId: created.id,
        organisationId: created.organisation_id,
      });
      return created;
    });
    return { ok: true, outcome: "created", user };
  } catch (error) {
    // Two sign-ups with the same address at the same moment: the unique index decides.
    const winner = await findUserByEmail(db, email);
    if (winner) return addressInUse(db, winner, options.meta);
    throw error;
  }
}

async function addressInUse(db: DB, owner: User, meta: RequestMeta): Promise<SignUpResult> {
  await logSecurityEvent(db, {
    event: "sign_up_address_in_use",
    meta,
    email: owner.email,
    userId: owner.id,
    organisationId: owner.organisation_id,
  });
  return { ok: true, outcome: "addressInUse", owner };
}
