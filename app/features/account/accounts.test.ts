import { expect, it } from "vitest";
import { listRecentSignIns } from "~/features/account/list-recent-sign-ins.server";
import { signIn } from "~/features/account/sign-in.server";
import { signUp } from "~/features/account/sign-up.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { findUserByEmail, findUserRoles } from "~/platform/auth/users.server";
import { securityEventsFor } from "../../../tests/support/security-events";
import { describeEachDialect } from "../../../tests/support/test-database";

const PASSWORD = "en lang og god sætning";

describeEachDialect("sign-up and sign-in", (getDb) => {
  // Each test signs in from its own address, so per-IP rate limits never leak between tests.
  let ipCounter = 0;
  const newMeta = (): RequestMeta => ({ ip: `198.51.100.${++ipCounter}`, userAgent: "vitest" });

  async function signUpLeader(email: string, meta = newMeta()) {
    const organisation = await ensureDefaultOrganisation(getDb());
    const result = await signUp(getDb(), {
      organisationId: organisation.id,
      name: "Lone Leder",
      email,
      password: PASSWORD,
      locale: "da",
      meta,
    });
    if (!result.ok || result.outcome !== "created")
      throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
    return { user: result.user, organisation };
  }

  it("signs up a leader in the given organisation and logs it", async () => {
    const { user, organisation } = await signUpLeader("  Mette@Kommune.DK ");
    expect(user.email).toBe("mette@kommune.dk");
    expect(user.organisation_id).toBe(organisation.id);
    expect(await findUserRoles(getDb(), user.id)).toEqual(["leader"]);
    const stored = await findUserByEmail(getDb(), "mette@kommune.dk");
    expect(stored?.id).toBe(user.id);
    expect(stored?.is_active).toBe(1);
    const logged = await getDb()
      .selectFrom("security_events")
      .select(["event", "user_id", "organisation_id"])
      .where("email", "=", "mette@kommune.dk")
      .execute();
    expect(logged).toEqual([{ event: "sign_up", user_id: user.id, organisation_id: organisation.id }]);
  });

  it("lists the sign-up as the account's first sign-in on its security page, with its browser", async () => {
    // A new account is signed in by its sign-up: "Seneste log-ind" said there was none.
    const { user } = await signUpLeader("first-sign-in@kommune.dk", {
      ip: "198.51.100.250",
      userAgent: "vitest",
    });
    expect(await listRecentSignIns(getDb(), user.id)).toEqual([
      { method: "password", createdAt: expect.any(String), userAgent: "vitest" },
    ]);
  });

  it("stores an argon2id hash, never the password", async () => {
    const { user } = await signUpLeader("hash@kommune.dk");
    const row = await getDb()
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it("makes no second account for the same address in another case", async () => {
    await signUpLeader("Lone@X.dk");
    const organisation = await ensureDefaultOrganisation(getDb());
    const again = await signUp(getDb(), {
      organisationId: organisation.id,
      name: "Another Lone",
      email: "lone@x.dk",
      password: "et helt andet kodeord",
      locale: "en",
      meta: newMeta(),
    });
    // Answered as a sign-up (the page cannot tell), but no second account: the owner is mailed.
    expect(again).toMatchObject({
      ok: true,
      outcome: "addressInUse",
      owner: { email: "lone@x.dk", name: "Lone Leder" },
    });
    const users = await getDb().selectFrom("users").select("id").where("email", "=", "lone@x.dk").execute();
    expect(users).toHaveLength(1);
  });

  it("signs in with the right password, whatever the case of the address, and logs it", async () => {
    const { user } = await signUpLeader("signin@kommune.dk");
    const result = await signIn(getDb(), {
      email: " SignIn@Kommune.dk",
      password: PASSWORD,
      meta: newMeta(),
    });
    expect(result.ok && result.user.id).toBe(user.id);
    expect(await securityEventsFor(getDb(), "signin@kommune.dk")).toEqual([
      "sign_in",
      "sign_in_new_device",
      "sign_up",
    ]);
  });

  it("gives the same answer for a wrong password and an unknown address, and logs both", async () => {
    await signUpLeader("wrong@kommune.dk");
    const wrongPassword = await signIn(getDb(), {
      email: "wrong@kommune.dk",
      password: "not the password",
      meta: newMeta(),
    });
    const unknownEmail = await signIn(getDb(), {
      email: "nobody@kommune.dk",
      password: PASSWORD,
      meta: newMeta(),
    });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual({ ok: false, reason: "invalid" });
    expect(await securityEventsFor(getDb(), "wrong@kommune.dk")).toEqual(["sign_in_failed", "sign_up"]);
    expect(await securityEventsFor(getDb(), "nobody@kommune.dk")).toEqual(["sign_in_failed"]);
  });

  it("refuses browsers without a device cookie after 5 failures, even with the right password", async () => {
    await signUpLeader("guessed@kommune.dk");
    // The attacker moves between addresses: the limit is per e-mail, not only per IP.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const result = await signIn(getDb(), {
        email: "guessed@kommune.dk",
        password: `guess number ${attempt}`,
        meta: newMeta(),
      });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const result = await signIn(getDb(), {
      email: "guessed@kommune.dk",
      password: PASSWORD,
      meta: newMeta(),
    });
    expect(result).toEqual({ ok: false, reason: "throttled" });
    const events = await securityEventsFor(getDb(), "guessed@kommune.dk");
    expect(events.filter((event) => event === "sign_in_failed")).toHaveLength(5);
    expect(events).toContain("sign_in_throttled");
    expect(events).not.toContain("sign_in");
  });

  it("does not refuse an address after 4 failures", async () => {
    await signUpLeader("almost@kommune.dk");
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(getDb(), { email: "almost@kommune.dk", password: `guess ${attempt}`, meta: newMeta() });
    }
    const result = await signIn(getDb(), { email: "almost@kommune.dk", password: PASSWORD, meta: newMeta() });
    expect(result.ok).toBe(true);
  });

  it("does not let a deactivated user sign in", async () => {
    const { user } = await signUpLeader("gone@kommune.dk");
    await getDb().updateTable("users").set({ is_active: 0 }).where("id", "=", user.id).execute();
    const result = await signIn(getDb(), { email: "gone@kommune.dk", password: PASSWORD, meta: newMeta() });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await securityEventsFor(getDb(), "gone@kommune.dk")).toEqual(["sign_in_failed", "sign_up"]);
  });
});
