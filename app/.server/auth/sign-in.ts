import type { DB } from "../db/database";
import type { User } from "../db/tables/users.table";
import {
  isPasswordSignInRefusedForDomain,
  isPasswordSignInRefusedForOrganisation,
} from "../sso/sso-connections";
import { normalizeEmail } from "../users/normalize-email";
import { findUserByEmail } from "../users/users";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { isRateLimited, SIGN_IN_LIMIT } from "./rate-limit";
import type { RequestMeta } from "./request-meta";
import { logSecurityEvent } from "./security-log";

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" | "rateLimited" | "ssoRequired" };

/**
 * Checks e-mail and password. The answer for a wrong address and a wrong password is the same, and
 * takes as long, so the form does not tell who has an account.
 */
export async function signIn(
  db: DB,
  options: { email: string; password: string; meta: RequestMeta },
): Promise<SignInResult> {
  const email = normalizeEmail(options.email);
  if (await isRateLimited(db, SIGN_IN_LIMIT, { email, meta: options.meta })) {
    await logSecurityEvent(db, { event: "sign_in_rate_limited", meta: options.meta, email });
    return { ok: false, reason: "rateLimited" };
  }
  // An address in a domain whose organisation turned passwords off is sent to single sign-on before
  // any account is looked up, so the answer says nothing about who has one.
  if (await isPasswordSignInRefusedForDomain(db, email)) return { ok: false, reason: "ssoRequired" };
  const user = await findUserByEmail(db, email);
  const isValid =
    user?.password_hash && user.is_active === 1
      ? await verifyPassword(user.password_hash, options.password)
      : await verifyAgainstDummy(options.password);
  if (!user || !isValid) {
    await logSecurityEvent(db, {
      event: "sign_in_failed",
      meta: options.meta,
      email,
      userId: user?.id,
      organisationId: user?.organisation_id,
    });
    return { ok: false, reason: "invalid" };
  }
  if (await isPasswordSignInRefusedForOrganisation(db, user.organisation_id)) {
    return { ok: false, reason: "ssoRequired" };
  }
  await logSecurityEvent(db, {
    event: "sign_in",
    meta: options.meta,
    email,
    userId: user.id,
    organisationId: user.organisation_id,
  });
  return { ok: true, user };
}
