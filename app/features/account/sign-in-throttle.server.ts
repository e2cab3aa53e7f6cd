import { createHash } from "node:crypto";
import { sql } from "kysely";
import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";
import { toDbTime } from "~/platform/db/time.server";

/**
 * Sign-in throttling after OWASP's Authentication Cheat Sheet and its "device cookies" (decision
 * 027): wrong passwords are counted per account for browsers without the account's device cookie,
 * per device for browsers with one, and per client address, where they only slow the answer.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
/** Attempts per window for one account from browsers that have not signed in to it before. */
export const SIGN_IN_ACCOUNT_LIMIT = 5;
/** Attempts per window from one known device (a device cookie of the account). */
export const SIGN_IN_DEVICE_LIMIT = 5;
/** Failures per window from one client network (IP address, IPv6 by /64) before its answers slow down. */
export const NETWORK_FREE_FAILURES = 10;
const NETWORK_FIRST_DELAY_MS = 250;
/** The longest an answer waits: an office behind one address is slowed, never shut out. */
export const NETWORK_MAX_DELAY_MS = 4_000;

const hashKey = (kind: string, value: string) =>
  createHash("sha256").update(`${kind}:${value}`).digest("hex");

export const accountThrottleKey = (email: string) => hashKey("account", email);
export const deviceThrottleKey = (deviceId: string) => hashKey("device", deviceId);
/**
 * IPv6 by its /64: one subscriber usually holds a whole /64 and could step through it. The stored
 * kind stays "address", as the rows written before the name was `network…` are keyed.
 */
export const networkThrottleKey = (ip: string) => hashKey("address", networkOf(ip));

/**
 * Claims the next attempt for a key in one statement (insert, or on conflict add one, or start a new
 * window when the old one has passed) and returns its number. Claimed before the password is
 * checked, so parallel attempts each get their own number and at most the limit pass on either engine.
 */
export async function claimSignInAttempt(db: Executor, key: string, now = new Date()): Promise<number> {
  const windowOpenedAfter = toDbTime(new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000));
  const isWindowOpen = sql<boolean>`sign_in_throttles.window_started_at > ${windowOpenedAfter}`;
  const row = await db
    .insertInto("sign_in_throttles")
    .values({ key, attempts: 1, window_started_at: toDbTime(now) })
    .onConflict((conflict) =>
      conflict.column("key").doUpdateSet({
        attempts: sql<number>`case when ${isWindowOpen} then sign_in_throttles.attempts + 1 else 1 end`,
        window_started_at: sql<string>`case when ${isWindowOpen} then sign_in_throttles.window_started_at else ${toDbTime(now)} end`,
      }),
    )
    .returning("attempts")
    .executeTakeFirstOrThrow();
  return toCount(row.attempts);
}

/** Gives back an attempt that succeeded: only failures (and attempts being checked) count. */
export async function releaseSignInAttempt(db: Executor, key: string): Promise<void> {
  await db
    .updateTable("sign_in_throttles")
    .set((eb) => ({ attempts: eb("attempts", "-", 1) }))
    .where("key", "=", key)
    .where("attempts", ">", 0)
    .execute();
}

/** Forgets a key's attempts: a completed password reset lifts the account's limit. */
export async function clearSignInThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom("sign_in_throttles").where("key", "=", key).execute();
}

/** Rows whose window has passed count for nothing; the scheduler deletes them. */
export async function deleteExpiredSignInThrottles(db: Executor, now = new Date()): Promise<number> {
  const result = await db
    .deleteFrom("sign_in_throttles")
    .where("window_started_at", "<=", toDbTime(new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000)))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The wait before answering an attempt that is the address's n-th failure in the window: doubling, capped. */
export function networkDelayMs(failures: number): number {
  if (failures <= NETWORK_FREE_FAILURES) return 0;
  return Math.min(NETWORK_MAX_DELAY_MS, NETWORK_FIRST_DELAY_MS * 2 ** (failures - NETWORK_FREE_FAILURES - 1));
}

/** An IPv4 address as it is; an IPv4-mapped IPv6 address as IPv4; other IPv6 addresses as their /64. */
export function networkOf(ip: string): string {
  const address = ip.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? headGroups
      : [
          ...headGroups,
          ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill("0"),
          ...tailGroups,
        ];
  const prefix = groups.slice(0, 4).map((group) => Number.parseInt(group || "0", 16).toString(16));
  return `${prefix.join(":")}::/64`;
}
