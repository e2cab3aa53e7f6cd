import { expect, it } from "vitest";
import { requestPasswordReset, resetPassword } from "~/features/account/password-reset.server";
import { signIn } from "~/features/account/sign-in.server";
import {
  accountThrottleKey,
  claimSignInAttempt,
  deleteExpiredSignInThrottles,
} from "~/features/account/sign-in-throttle.server";
import { signUp } from "~/features/account/sign-up.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { securityEventsFor } from "../../../tests/support/security-events";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 13, finding 6: throttling could be raced (20 parallel wrong passwords, 8 or 13 checked
// against a limit of 5) and abused (anyone could lock anyone out; one address locked a whole office).

const PASSWORD = "en lang og god sætning";
const ACCOUNT_LIMIT = 5;

describeEachDialect("sign-in throttling", (getDb) => {
  // Each attempt from its own address unless a test says otherwise, so the per-address delay stays
  // out of the tests about the account.
  let ipCounter = 0;
  const newMeta = (): RequestMeta => ({
    ip: `192.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`,
    userAgent: "vitest",
  });
  const noWait = async () => {};

  async function signUpLeader(email: string) {
    const organisation = await ensureDefaultOrganisation(getDb());
    const result = await signUp(getDb(), {
      organisationId: organisation.id,
      name: "Tina Throttle",
      email,
      password: PASSWORD,
      locale: "da",
      meta: newMeta(),
    });
    if (!result.ok || result.outcome !== "created") throw new Error("sign-up failed");
    return result.user;
  }

  const attempt = (email: string, password: string, extra: Partial<Parameters<typeof signIn>[1]> = {}) =>
    signIn(getDb(), { email, password, meta: newMeta(), sleep: noWait, ...extra });

  const count = (events: string[], kind: string) => events.filter((event) => event === kind).length;

  it("checks at most the limit of 20 parallel wrong passwords for one account against its hash", async () => {
    await signUpLeader("raced@kommune.dk");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => attempt("raced@kommune.dk", `guess ${index}`)),
    );
    const events = await securityEventsFor(getDb(), "raced@kommune.dk");
    // Every password check that failed is one sign_in_failed row; the others never reached the hash.
    expect(count(events, "sign_in_failed")).toBe(ACCOUNT_LIMIT);
    expect(count(events, "sign_in_throttled")).toBe(20 - ACCOUNT_LIMIT);
    expect(results.filter((result) => !result.ok && result.reason === "throttled")).toHaveLength(15);
  });

  it("lets the owner sign in on a device where they signed in before, while browsers without one are refused", async () => {
    const owner = await signUpLeader("owner@kommune.dk");
    const ownersLaptop = [{ userId: owner.id, deviceId: "owners-laptop", issuedAt: new Date() }];
    expect((await attempt("owner@kommune.dk", PASSWORD, { knownDevices: ownersLaptop })).ok).toBe(true);
    for (let guess = 0; guess < 12; guess++) await attempt("owner@kommune.dk", `attacker guess ${guess}`);

    const stranger = await attempt("owner@kommune.dk", PASSWORD);
    expect(stranger).toMatchObject({ ok: false, reason: "throttled" });
    const owners = await attempt("owner@kommune.dk", PASSWORD, { knownDevices: ownersLaptop });
    expect(owners.ok && owners.isKnownDevice).toBe(true);
    const events = await securityEventsFor(getDb(), "owner@kommune.dk");
    expect(count(events, "sign_in_known_device")).toBe(2);
  });

  it("does not count a device cookie of another account as a known device", async () => {
    const victim = await signUpLeader("victim@kommune.dk");
    const attacker = await signUpLeader("attacker@kommune.dk");
    const attackersOwn = [{ userId: attacker.id, deviceId: "attackers-browser", issuedAt: new Date() }];
    for (let guess = 0; guess < ACCOUNT_LIMIT; guess++) {
      await attempt(victim.email, `guess ${guess}`, { knownDevices: attackersOwn });
    }
    const result = await attempt(victim.email, PASSWORD, { knownDevices: attackersOwn });
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("locks a known device that guesses on its own counter, not the owner's other devices", async () => {
    const owner = await signUpLeader("twodevices@kommune.dk");
    const phone = [{ userId: owner.id, deviceId: "phone", issuedAt: new Date() }];
    const laptop = [{ userId: owner.id, deviceId: "laptop", issuedAt: new Date() }];
    for (let guess = 0; guess < ACCOUNT_LIMIT; guess++) {
      await attempt(owner.email, `guess ${guess}`, { knownDevices: phone });
    }
    expect(await attempt(owner.email, PASSWORD, { knownDevices: phone })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect((await attempt(owner.email, PASSWORD, { knownDevices: laptop })).ok).toBe(true);
    expect((await attempt(owner.email, PASSWORD)).ok).toBe(true);
    expect(await securityEventsFor(getDb(), owner.email)).toContain("sign_in_device_throttled");
  });

  it("refuses the account after the limit until a password reset, which lifts it", async () => {
    await signUpLeader("reset@kommune.dk");
    for (let guess = 0; guess < ACCOUNT_LIMIT; guess++) {
      expect(await attempt("reset@kommune.dk", `guess ${guess}`)).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await attempt("reset@kommune.dk", PASSWORD)).toMatchObject({ ok: false, reason: "throttled" });
    const request = await requestPasswordReset(getDb(), { email: "reset@kommune.dk", meta: newMeta() });
    if (request.status !== "accepted" || !request.token) throw new Error("expected a reset token");
    const newPassword = "en helt ny og lang sætning";
    expect(
      (await resetPassword(getDb(), { token: request.token, password: newPassword, meta: newMeta() })).ok,
    ).toBe(true);
    expect((await attempt("reset@kommune.dk", newPassword)).ok).toBe(true);
  });

  it("answers an unknown address as it answers a known one, also once throttled", async () => {
    await signUpLeader("known@kommune.dk");
    const answers = async (email: string) => {
      const reasons: string[] = [];
      for (let guess = 0; guess <= ACCOUNT_LIMIT; guess++) {
        const result = await attempt(email, `guess ${guess}`);
        reasons.push(result.ok ? "ok" : result.reason);
      }
      return reasons;
    };
    const known = await answers("known@kommune.dk");
    expect(known).toEqual([...Array(ACCOUNT_LIMIT).fill("invalid"), "throttled"]);
    expect(await answers("unknown@kommune.dk")).toEqual(known);
  });

  it("slows an address with many failures instead of refusing it: a colleague's right password still signs in", async () => {
    const colleague = await signUpLeader("colleague@kommune.dk");
    const office: RequestMeta = { ip: "203.0.113.77", userAgent: "vitest" };
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    // Password spraying from one address: 40 accounts, one guess each (the office's NAT address).
    for (let guess = 0; guess < 40; guess++) {
      await signIn(getDb(), {
        email: `sprayed-${guess}@kommune.dk`,
        password: "Sommer2026!",
        meta: office,
        sleep,
      });
    }
    expect(waits.length).toBeGreaterThan(0);
    // The delay grows with the failures, up to a cap of a few seconds.
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(Math.max(...waits)).toBeLessThanOrEqual(5_000);

    const result = await signIn(getDb(), { email: colleague.email, password: PASSWORD, meta: office, sleep });
    expect(result.ok).toBe(true);
    expect(result.delayMs).toBeGreaterThan(0);
    expect(waits.at(-1)).toBe(result.delayMs);
    expect(await securityEventsFor(getDb(), colleague.email)).toContain("sign_in_slowed");
  });

  it("tells a known device from a new one, and the first sign-in after sign-up from a later one", async () => {
    const user = await signUpLeader("devices@kommune.dk");
    const first = await attempt(user.email, PASSWORD);
    expect(first.ok && { isKnownDevice: first.isKnownDevice, isFirstSignIn: first.isFirstSignIn }).toEqual({
      isKnownDevice: false,
      isFirstSignIn: true,
    });
    const later = await attempt(user.email, PASSWORD);
    expect(later.ok && later.isFirstSignIn).toBe(false);
    const known = await attempt(user.email, PASSWORD, {
      knownDevices: [{ userId: user.id, deviceId: "d1", issuedAt: new Date() }],
    });
    expect(known.ok && known.isKnownDevice).toBe(true);
    const events = await securityEventsFor(getDb(), user.email);
    expect(count(events, "sign_in")).toBe(3);
    expect(count(events, "sign_in_new_device")).toBe(2);
    expect(count(events, "sign_in_known_device")).toBe(1);
  });

  it("starts a new window after 15 minutes, and the scheduler forgets counters whose window has passed", async () => {
    const key = accountThrottleKey("window@kommune.dk");
    const start = new Date(Date.now() + 24 * 60 * 60_000);
    for (let expected = 1; expected <= 3; expected++) {
      expect(await claimSignInAttempt(getDb(), key, start)).toBe(expected);
    }
    const later = new Date(start.getTime() + 16 * 60_000);
    expect(await claimSignInAttempt(getDb(), key, later)).toBe(1);
    expect(await claimSignInAttempt(getDb(), key, later)).toBe(2);
    const stored = () =>
      getDb().selectFrom("sign_in_throttles").select("attempts").where("key", "=", key).execute();
    await deleteExpiredSignInThrottles(getDb(), new Date(later.getTime() + 10 * 60_000));
    expect(await stored()).toEqual([{ attempts: 2 }]);
    expect(
      await deleteExpiredSignInThrottles(getDb(), new Date(later.getTime() + 16 * 60_000)),
    ).toBeGreaterThan(0);
    expect(await stored()).toEqual([]);
  });
});
