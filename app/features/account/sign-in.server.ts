import { setTimeout as wait } from "node:timers/promises";
import {
  isPasswordRefusedByDomain,
  isPasswordSignInRefusedForOrganisation,
} from "~/features/account/email-domain-policy.server";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { logSecurityEvent } from "~/platform/auth/security-log.server";
import { findUserByEmail } from "~/platform/auth/users.server";
import type { DB } from "~/platform/db/database.server";
import type { SecurityEventKind } from "~/platform/db/tables/security-events.table";
import type { User } from "~/platform/db/tables/users.table";
import type { KnownDevice } from "./device-cookie.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import {
  accountThrottleKey,
  claimSignInAttempt,
  deviceThrottleKey,
  networkDelayMs,
  networkThrottleKey,
  releaseSignInAttempt,
  SIGN_IN_ACCOUNT_LIMIT,
  SIGN_IN_DEVICE_LIMIT,
} from "./sign-in-throttle.server";

export type SignInResult = (
  | {
      ok: true;
      user: User;
      /** The browser carried a valid device cookie for this account. */
      isKnownDevice: boolean;
      /** No earlier sign-in of this account: the first one after sign-up is not mailed. */
      isFirstSignIn: boolean;
      /** When the password was checked: the session begins then (sessions.server.ts, createSession). */
      credentialsCheckedAt: Date;
    }
  | { ok: false; reason: "invalid" | "throttled" | "ssoRequired" }
) & {
  /** How long the answer waited because of the client address's failures; absent when it did not. */
  delayMs?: number;
};

/**
 * Checks e-mail and password, throttled per account, per known device and per client address
 * (sign-in-throttle.server.ts). The answer for a wrong address and a wrong password is the same, and takes
 * as long, so the form does not tell who has an account: both claim the same counters.
 */
export async function signIn(
  db: DB,
  options: {
    email: string;
    password: string;
    meta: RequestMeta;
    /** From the device cookie, already verified (readKnownDevices). */
    knownDevices?: KnownDevice[];
    /** Waits without blocking the event loop; tests pass one that only records. */
    sleep?: (ms: number) => Promise<unknown>;
    now?: Date;
  },
): Promise<SignInResult> {
  const email = normalizeEmail(options.email);
  const now = options.now ?? new Date();
  const log = (event: SecurityEventKind, user?: User) =>
    logSecurityEvent(db, {
      event,
      meta: options.meta,
      email,
      userId: user?.id,
      organisationId: user?.organisation_id,
    });

  // Per address the answer slows down and is never refused: a whole office can share one address.
  const networkKey = options.meta.ip ? networkThrottleKey(options.meta.ip) : undefined;
  const delay = networkKey ? networkDelayMs(await claimSignInAttempt(db, networkKey, now)) : 0;
  if (delay > 0) {
    await log("sign_in_slowed");
    await (options.sleep ?? wait)(delay);
  }
  const delayMs = delay > 0 ? delay : undefined;
  const succeeded = async (...keys: (string | undefined)[]) => {
    for (const key of keys) if (key) await releaseSignInAttempt(db, key);
  };

  const user = await findUserByEmail(db, email);
  // An address in a domain whose organisation turned passwords off is sent to single sign-on
  // without a password check — unless it is an account of another organisation, which keeps its
  // own way in: proving a domain must not lock out people who are not the organisation's (decision
  // 024). That one case tells that such an account exists; a lock-out would be worse.
  if (await isPasswordRefusedByDomain(db, { email, account: user })) {
    await succeeded(networkKey);
    return { ok: false, reason: "ssoRequired", delayMs };
  }
  // A known device has its own counter, so an attacker's failures do not lock the owner out of it.
  // A device remembered before the credentials last changed (a reset, the account taken back) is
  // not the owner's known device any more: it may be whoever held the account before.
  const changedAt = user?.credentials_changed_at ? Date.parse(user.credentials_changed_at) : 0;
  const device = user
    ? options.knownDevices?.find((known) => known.userId === user.id && known.issuedAt.getTime() >= changedAt)
    : undefined;
  const throttleKey = device ? deviceThrottleKey(device.deviceId) : accountThrottleKey(email);
  const attempt = await claimSignInAttempt(db, throttleKey, now);
  if (attempt > (device ? SIGN_IN_DEVICE_LIMIT : SIGN_IN_ACCOUNT_LIMIT)) {
    await log(device ? "sign_in_device_throttled" : "sign_in_throttled", user);
    return { ok: false, reason: "throttled", delayMs };
  }

  const isValid =
    user?.password_hash && user.is_active === 1
      ? await verifyPassword(user.password_hash, options.password)
      : await verifyAgainstDummy(options.password);
  if (!user || !isValid) {
    await log("sign_in_failed", user);
    return { ok: false, reason: "invalid", delayMs };
  }
  await succeeded(throttleKey, networkKey);
  if (await isPasswordSignInRefusedForOrganisation(db, user.organisation_id)) {
    return { ok: false, reason: "ssoRequired", delayMs };
  }
  const isFirstSignIn = !(await hasSignedInBefore(db, user));
  await log("sign_in", user);
  await log(device ? "sign_in_known_device" : "sign_in_new_device", user);
  return {
    ok: true,
    user,
    isKnownDevice: device !== undefined,
    isFirstSignIn,
    credentialsCheckedAt: now,
    delayMs,
  };
}

async function hasSignedInBefore(db: DB, user: User): Promise<boolean> {
  const row = await db
    .selectFrom("security_events")
    .select("id")
    .where("event", "in", ["sign_in", "sign_in_sso"])
    .where("email", "=", user.email)
    .where("user_id", "=", user.id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
