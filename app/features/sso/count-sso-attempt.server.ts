import { networkOf } from "~/features/account/sign-in-throttle.server";
import { toCount } from "~/platform/db/count.server";
import type { Executor } from "~/platform/db/database.server";
import { toDbTime } from "~/platform/db/time.server";

// Issue 13, finding 11: /sso/<organisation> and its ACS answered 100 attempts in 340 ms. Each step
// is counted per client address and per organisation in fixed one-minute windows, in the database,
// so the limits hold across processes; the counter is raised and read in one statement (an upsert
// with RETURNING, on both engines), so parallel requests cannot slip past it.

const WINDOW_MS = 60_000;

/**
 * Per address: a whole office behind one NAT address signing in at nine o'clock stays well below it.
 * Per organisation: far above the sign-ins of the largest municipality's leaders in a minute, and
 * what keeps a crowd of addresses from making the server (and the provider) work without end.
 */
export const SSO_ATTEMPT_LIMITS = { perAddress: 60, perOrganisation: 600 } as const;

export type SsoStep = "start" | "acs";

/** Counts one attempt; false when it is over a limit (the attempt must then be refused unread). */
export async function countSsoAttempt(
  db: Executor,
  options: { step: SsoStep; organisationId: string; address: string | null; now?: Date },
): Promise<boolean> {
  const now = (options.now ?? new Date()).getTime();
  const windowStart = toDbTime(new Date(now - (now % WINDOW_MS)));
  await db
    .deleteFrom("sso_attempt_counts")
    .where("window_start", "<", toDbTime(new Date(now - WINDOW_MS)))
    .execute();
  const raise = async (bucket: string) => {
    const row = await db
      .insertInto("sso_attempt_counts")
      .values({ bucket, window_start: windowStart, count: 1 })
      .onConflict((conflict) =>
        conflict
          .columns(["bucket", "window_start"])
          .doUpdateSet((eb) => ({ count: eb("sso_attempt_counts.count", "+", 1) })),
      )
      .returning("count")
      .executeTakeFirstOrThrow();
    return toCount(row.count);
  };
  // A noisy address is stopped before it uses up its organisation's allowance.
  if (options.address !== null) {
    // IPv6 by its /64, as the sign-in throttle counts it: one subscriber holds a whole /64.
    const fromAddress = await raise(`${options.step}:address:${networkOf(options.address)}`);
    if (fromAddress > SSO_ATTEMPT_LIMITS.perAddress) return false;
  }
  const forOrganisation = await raise(`${options.step}:organisation:${options.organisationId}`);
  return forOrganisation <= SSO_ATTEMPT_LIMITS.perOrganisation;
}
