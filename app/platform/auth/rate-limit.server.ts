import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";
import type { SecurityEventKind } from "~/platform/db/tables/security-events.table";
import { toDbTime } from "~/platform/db/time.server";
import type { RequestMeta } from "./request-meta.server";

export interface RateLimitRule {
  /** The events that count against the limit. */
  events: SecurityEventKind[];
  windowMinutes: number;
  perEmail: number;
  perIp: number;
}

// Counted from the security log in the database, so the limits hold across several app processes.
// Sign-in is throttled atomically instead, in sign-in-throttle.server.ts (decision 027).

/**
 * Each sign-up costs an argon2 hash: a limit per address on the network keeps that from being abused.
 * Generous, because a whole municipality can sit behind one address and sign its leaders up at a
 * workshop in the same hour.
 */
export const SIGN_UP_LIMIT: RateLimitRule = {
  // An address that already has an account counts the same: the limit must not tell them apart.
  events: ["sign_up", "sign_up_address_in_use"],
  windowMinutes: 60,
  perEmail: 1_000,
  perIp: 100,
};

export const PASSWORD_RESET_LIMIT: RateLimitRule = {
  events: ["password_reset_requested"],
  windowMinutes: 60,
  perEmail: 3,
  perIp: 20,
};

/** "Send the link again": each costs a mail to someone's inbox. */
export const EMAIL_VERIFICATION_LIMIT: RateLimitRule = {
  events: ["email_verification_sent"],
  windowMinutes: 60,
  perEmail: 5,
  perIp: 30,
};

export async function isRateLimited(
  db: Executor,
  rule: RateLimitRule,
  options: { email: string; meta: RequestMeta; now?: Date },
): Promise<boolean> {
  const since = toDbTime(new Date((options.now ?? new Date()).getTime() - rule.windowMinutes * 60_000));
  const countWhere = async (column: "email" | "ip", value: string) => {
    const row = await db
      .selectFrom("security_events")
      .select((eb) => eb.fn.countAll<string | number>().as("count"))
      .where("event", "in", rule.events)
      .where(column, "=", value)
      .where("created_at", ">", since)
      .executeTakeFirst();
    return toCount(row?.count);
  };
  if ((await countWhere("email", options.email)) >= rule.perEmail) return true;
  return options.meta.ip !== null && (await countWhere("ip", options.meta.ip)) >= rule.perIp;
}
