import type { DB } from "../db/database";
import type { User } from "../db/tables/users.table";
import { findEmailDomainOwner, isPasswordSignInRefusedForDomain } from "../sso/sso-connections";
import { normalizeEmail } from "../users/normalize-email";
import { createUser, findUserByEmail } from "../users/users";
import { hashPassword } from "./password";
import { isRateLimited, SIGN_UP_LIMIT } from "./rate-limit";
import type { RequestMeta } from "./request-meta";
import { logSecurityEvent } from "./security-log";

export interface SignUpOptions {
  organisationId: string;
  name: string;
  email: string;
  password: string;
  locale: string;
  meta: RequestMeta;
}

export type SignUpResult =
  | { ok: true; user: User }
  | { ok: false; error: "emailTaken" | "rateLimited" | "ssoRequired" };

/** A leader creates their own account (using the tool alone, no organisation set up). */
export async function signUp(db: DB, options: SignUpOptions): Promise<SignUpResult> {
  if (await isRateLimited(db, SIGN_UP_LIMIT, { email: normalizeEmail(options.email), meta: options.meta })) {
    await logSecurityEvent(db, {
      event: "sign_up_rate_limited",
      meta: options.meta,
      email: normalizeEmail(options.email),
    });
    return { ok: false, error: "rateLimited" };
  }
  // A domain whose organisation signs in only through single sign-on gets no password accounts.
  if (await isPasswordSignInRefusedForDomain(db, options.email)) return { ok: false, error: "ssoRequired" };
  if (await findUserByEmail(db, options.email)) return { ok: false, error: "emailTaken" };
  // An address in a proven domain belongs to that domain's organisation, so nobody can take it
  // first in another one (issue 13, finding 13).
  const organisationId =
    (await findEmailDomainOwner(db, options.email))?.organisationId ?? options.organisationId;
  const passwordHash = await hashPassword(options.password);
  let user: User;
  try {
    user = await db.transaction().execute(async (tx) => {
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
  } catch (error) {
    // Two sign-ups with the same address at the same moment: the unique index decides.
    if (await findUserByEmail(db, options.email)) return { ok: false, error: "emailTaken" };
    throw error;
  }
  return { ok: true, user };
}
