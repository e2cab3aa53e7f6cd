import { isPasswordSignInRefused } from "~/features/account/email-domain-policy.server";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import { isRateLimited, PASSWORD_RESET_LIMIT } from "~/platform/auth/rate-limit.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { logSecurityEvent } from "~/platform/auth/security-log.server";
import { invalidateCredentials } from "~/platform/auth/sessions.server";
import { findUserByEmail, findUserById, updateUserPasswordHash } from "~/platform/auth/users.server";
import { hashToken, newSecretToken } from "~/platform/crypto/tokens.server";
import type { DB } from "~/platform/db/database.server";
import type { PasswordLinkPurpose } from "~/platform/db/tables/password-reset-tokens.table";
import type { User } from "~/platform/db/tables/users.table";
import { toDbTime } from "~/platform/db/time.server";
import { RESET_LINK_MINUTES } from "~/platform/mail/link-lifetimes.server";
import { hashPassword } from "./password.server";
import { accountThrottleKey, clearSignInThrottle } from "./sign-in-throttle.server";

export type ResetRequestResult =
  | { status: "rateLimited" }
  /** Also returned when no account has the address: the page must not reveal who has one. */
  | { status: "accepted"; user: User | undefined; token: string | undefined };

/**
 * What a reset request does while the person waits: the rate limit and the log entry, the same
 * work for every address. Whether an account has it is looked up afterwards (`createPasswordResetToken`
 * after the answer), so neither the answer nor its timing tells (issue 13, finding 7).
 */
export async function acceptPasswordResetRequest(
  db: DB,
  options: { email: string; meta: RequestMeta; now?: Date },
): Promise<"rateLimited" | "accepted"> {
  const email = normalizeEmail(options.email);
  if (await isRateLimited(db, PASSWORD_RESET_LIMIT, { email, meta: options.meta, now: options.now })) {
    await logSecurityEvent(db, { event: "password_reset_rate_limited", meta: options.meta, email });
    return "rateLimited";
  }
  await logSecurityEvent(db, { event: "password_reset_requested", meta: options.meta, email });
  return "accepted";
}

/**
 * A single-use reset token when the address has an active account that may have a password;
 * otherwise undefined. The caller sends the e-mail (it knows the language and the public URL).
 */
export async function createPasswordResetToken(
  db: DB,
  options: { email: string; now?: Date },
): Promise<{ user: User; token: string } | undefined> {
  const email = normalizeEmail(options.email);
  const now = options.now ?? new Date();
  const user = await findUserByEmail(db, email);
  // No password to reset where the organisation signs in only through single sign-on.
  const isRefused =
    user !== undefined &&
    (await isPasswordSignInRefused(db, { email, organisationId: user.organisation_id }));
  if (user?.is_active !== 1 || isRefused) return undefined;
  const token = newSecretToken();
  await db
    .insertInto("password_reset_tokens")
    .values({
      id: hashToken(token),
      user_id: user.id,
      organisation_id: user.organisation_id,
      created_at: toDbTime(now),
      expires_at: toDbTime(new Date(now.getTime() + RESET_LINK_MINUTES * 60_000)),
      used_at: null,
      purpose: "reset",
    })
    .execute();
  return { user, token };
}

/** Both steps at once, for callers with nothing to hide the timing from (tests, tools). */
export async function requestPasswordReset(
  db: DB,
  options: { email: string; meta: RequestMeta; now?: Date },
): Promise<ResetRequestResult> {
  if ((await acceptPasswordResetRequest(db, options)) === "rateLimited") return { status: "rateLimited" };
  const created = await createPasswordResetToken(db, options);
  return { status: "accepted", user: created?.user, token: created?.token };
}

/** Whether a reset link can still be used (shown before the user types a new password). */
export async function isResetTokenUsable(db: DB, token: string, now = new Date()): Promise<boolean> {
  return (await findUsablePasswordLinkPurpose(db, token, now)) !== undefined;
}

/** What a usable password link is for (a reset, or a roll-out's first password); undefined when spent. */
export async function findUsablePasswordLinkPurpose(
  db: DB,
  token: string,
  now = new Date(),
): Promise<PasswordLinkPurpose | undefined> {
  const row = await db
    .selectFrom("password_reset_tokens")
    .select("purpose")
    .where("id", "=", hashToken(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", toDbTime(now))
    .executeTakeFirst();
  return row?.purpose;
}

export type ResetPasswordResult =
  | { ok: true; user: User; purpose: PasswordLinkPurpose }
  | { ok: false; error: "invalidToken" };

/**
 * Sets a new password with a token from an e-mailed link. The token is spent atomically (a second
 * use, even at the same moment, fails) and every session of the account is signed out.
 */
export async function resetPassword(
  db: DB,
  options: { token: string; password: string; meta: RequestMeta; now?: Date },
): Promise<ResetPasswordResult> {
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(options.password);
  const done = await db.transaction().execute(async (tx) => {
    const spent = await tx
      .updateTable("password_reset_tokens")
      .set({ used_at: toDbTime(now) })
      .where("id", "=", hashToken(options.token))
      .where("used_at", "is", null)
      .where("expires_at", ">", toDbTime(now))
      .returning(["user_id", "purpose"])
      .executeTakeFirst();
    if (!spent) return undefined;
    await updateUserPasswordHash(tx, spent.user_id, passwordHash);
    // The link came to the account's address: using it proves the address (decision 022).
    await tx
      .updateTable("users")
      .set({ email_verified_at: toDbTime(now) })
      .where("id", "=", spent.user_id)
      .where("email_verified_at", "is", null)
      .execute();
    // Older links for the same account are spent too: only the newest reset can succeed once.
    await tx
      .updateTable("password_reset_tokens")
      .set({ used_at: toDbTime(now) })
      .where("user_id", "=", spent.user_id)
      .where("used_at", "is", null)
      .execute();
    await invalidateCredentials(tx, spent.user_id);
    const found = await findUserById(tx, spent.user_id);
    // The owner proved the address: browsers without a device cookie may sign in again at once.
    if (found) await clearSignInThrottle(tx, accountThrottleKey(found.email));
    await logSecurityEvent(tx, {
      event: "password_reset_completed",
      meta: options.meta,
      email: found?.email,
      userId: spent.user_id,
      organisationId: found?.organisation_id,
    });
    return found ? { user: found, purpose: spent.purpose } : undefined;
  });
  if (!done) {
    await logSecurityEvent(db, { event: "password_reset_failed", meta: options.meta });
    return { ok: false, error: "invalidToken" };
  }
  return { ok: true, ...done };
}
