import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import {
  isResetTokenUsable,
  requestPasswordReset,
  resetPassword,
} from "~/features/account/password-reset.server";
import { signIn } from "~/features/account/sign-in.server";
import { signUp } from "~/features/account/sign-up.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { createSession, findSessionUser } from "~/platform/auth/sessions.server";
import { securityEventsFor } from "../../../tests/support/security-events";
import { describeEachDialect } from "../../../tests/support/test-database";

const OLD_PASSWORD = "det gamle kodeord 123";
const NEW_PASSWORD = "det nye og bedre kodeord";

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

describeEachDialect("password reset", (getDb) => {
  let ipCounter = 0;
  const newMeta = (): RequestMeta => ({ ip: `203.0.113.${++ipCounter}`, userAgent: "vitest" });

  async function signUpLeader(email: string) {
    const organisation = await ensureDefaultOrganisation(getDb());
    const result = await signUp(getDb(), {
      organisationId: organisation.id,
      name: "Rasmus Reset",
      email,
      password: OLD_PASSWORD,
      locale: "da",
      meta: newMeta(),
    });
    if (!result.ok || result.outcome !== "created")
      throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
    return result.user;
  }

  async function requestToken(email: string, now?: Date): Promise<string> {
    const result = await requestPasswordReset(getDb(), { email, meta: newMeta(), now });
    if (result.status !== "accepted" || result.token === undefined) {
      throw new Error(`expected a reset token for ${email}, got ${JSON.stringify(result)}`);
    }
    return result.token;
  }

  it("answers the same for an unknown address, makes no token, and logs the request", async () => {
    const result = await requestPasswordReset(getDb(), { email: "Nobody@Kommune.dk", meta: newMeta() });
    expect(result).toEqual({ status: "accepted", user: undefined, token: undefined });
    expect(await securityEventsFor(getDb(), "nobody@kommune.dk")).toEqual(["password_reset_requested"]);
  });

  it("makes a token for a known address and stores only its hash", async () => {
    const user = await signUpLeader("known@kommune.dk");
    const result = await requestPasswordReset(getDb(), { email: "KNOWN@kommune.dk", meta: newMeta() });
    expect(result.status === "accepted" && result.user?.id).toBe(user.id);
    const token = result.status === "accepted" ? result.token : undefined;
    expect(token).toMatch(/^[\w-]{43}$/);
    const rows = await getDb()
      .selectFrom("password_reset_tokens")
      .select(["id", "used_at"])
      .where("user_id", "=", user.id)
      .execute();
    expect(rows).toEqual([{ id: sha256(token ?? ""), used_at: null }]);
    expect(await securityEventsFor(getDb(), "known@kommune.dk")).toContain("password_reset_requested");
  });

  it("sets the new password, signs out every session, and works only once", async () => {
    const user = await signUpLeader("reset@kommune.dk");
    const session = await createSession(getDb(), user, newMeta());
    const token = await requestToken("reset@kommune.dk");
    expect(await isResetTokenUsable(getDb(), token)).toBe(true);

    const result = await resetPassword(getDb(), { token, password: NEW_PASSWORD, meta: newMeta() });
    expect(result.ok && result.user.id).toBe(user.id);
    expect(await findSessionUser(getDb(), session.token)).toBeUndefined();

    const withNew = await signIn(getDb(), {
      email: "reset@kommune.dk",
      password: NEW_PASSWORD,
      meta: newMeta(),
    });
    expect(withNew.ok).toBe(true);
    const withOld = await signIn(getDb(), {
      email: "reset@kommune.dk",
      password: OLD_PASSWORD,
      meta: newMeta(),
    });
    expect(withOld).toEqual({ ok: false, reason: "invalid" });

    expect(await isResetTokenUsable(getDb(), token)).toBe(false);
    const second = await resetPassword(getDb(), { token, password: "a third password!", meta: newMeta() });
    expect(second).toEqual({ ok: false, error: "invalidToken" });
    const stillNew = await signIn(getDb(), {
      email: "reset@kommune.dk",
      password: NEW_PASSWORD,
      meta: newMeta(),
    });
    expect(stillNew.ok).toBe(true);
    expect(await securityEventsFor(getDb(), "reset@kommune.dk")).toContain("password_reset_completed");
  });

  it("lets exactly one of two simultaneous resets with the same link succeed", async () => {
    await signUpLeader("race@kommune.dk");
    const token = await requestToken("race@kommune.dk");
    const results = await Promise.all([
      resetPassword(getDb(), { token, password: "first racing password", meta: newMeta() }),
      resetPassword(getDb(), { token, password: "second racing password", meta: newMeta() }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "invalidToken" }]);
  });

  it("refuses a link older than an hour", async () => {
    await signUpLeader("late@kommune.dk");
    const requestedAt = new Date();
    const token = await requestToken("late@kommune.dk", requestedAt);
    const later = new Date(requestedAt.getTime() + 61 * 60_000);
    expect(await isResetTokenUsable(getDb(), token, later)).toBe(false);
    const result = await resetPassword(getDb(), {
      token,
      password: NEW_PASSWORD,
      meta: newMeta(),
      now: later,
    });
    expect(result).toEqual({ ok: false, error: "invalidToken" });
    const withOld = await signIn(getDb(), {
      email: "late@kommune.dk",
      password: OLD_PASSWORD,
      meta: newMeta(),
    });
    expect(withOld.ok).toBe(true);
  });

  it("spends older links once a newer one has been used", async () => {
    await signUpLeader("twice@kommune.dk");
    const older = await requestToken("twice@kommune.dk");
    const newer = await requestToken("twice@kommune.dk");
    // Asking again does not cancel the first link by itself...
    expect(await isResetTokenUsable(getDb(), older)).toBe(true);
    const result = await resetPassword(getDb(), { token: newer, password: NEW_PASSWORD, meta: newMeta() });
    expect(result.ok).toBe(true);
    // ...but a successful reset does.
    expect(await isResetTokenUsable(getDb(), older)).toBe(false);
    const withOlder = await resetPassword(getDb(), {
      token: older,
      password: "someone else's pick",
      meta: newMeta(),
    });
    expect(withOlder).toEqual({ ok: false, error: "invalidToken" });
  });

  it("refuses a 4th request for one address within an hour, and logs it", async () => {
    await signUpLeader("flood@kommune.dk");
    for (let request = 1; request <= 3; request++) {
      await requestToken("flood@kommune.dk");
    }
    const fourth = await requestPasswordReset(getDb(), { email: "flood@kommune.dk", meta: newMeta() });
    expect(fourth).toEqual({ status: "rateLimited" });
    expect(await securityEventsFor(getDb(), "flood@kommune.dk")).toContain("password_reset_rate_limited");
    const tokens = await getDb()
      .selectFrom("password_reset_tokens")
      .innerJoin("users", "users.id", "password_reset_tokens.user_id")
      .select("password_reset_tokens.id")
      .where("users.email", "=", "flood@kommune.dk")
      .execute();
    expect(tokens).toHaveLength(3);
  });
});
