import { expect, it } from "vitest";
import { createEmailVerification } from "~/features/account/create-email-verification.server";
import { action as verifyEmailAction } from "~/features/account/verify-email.route";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { createUser } from "~/platform/auth/users.server";
import { readFlash } from "~/platform/http/flash-cookie.server";
import { createOrganisation } from "../../../tests/support/factories";
import { formPost, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 15, one mechanism for notices (decision 038): where confirming an address leads, the notice
// travels in the flash cookie, never as a query flag (`?bekraeftet=1`) that anyone could put in a
// link and that stays in the address bar.

describeEachDialect("what confirming an address says, and how (issue 15)", (getDb, dialect) => {
  let counter = 0;
  const mailer = { send: async () => {} };

  async function unverified(organisationId?: string) {
    const organisation = organisationId ? { id: organisationId } : await ensureDefaultOrganisation(getDb());
    const user = await createUser(getDb(), {
      organisationId: organisation.id,
      email: `bekraeft-${dialect}-${++counter}@kommune.dk`,
      name: "Bente Bekræft",
      passwordHash: null,
    });
    const token = await createEmailVerification(getDb(), {
      user,
      returnTo: null,
      meta: { ip: null, userAgent: "vitest" },
    });
    return { user, token };
  }

  async function confirm(token: string, signedInAs?: Awaited<ReturnType<typeof unverified>>["user"]) {
    const call = routeCall({ db: getDb(), mailer, ...(signedInAs ? { user: signedInAs } : {}) });
    const config = {
      publicUrl: new URL("http://lederdialog.test"),
      sessionSecret: "a test secret that is long enough to sign",
    };
    let answer: unknown;
    try {
      answer = await verifyEmailAction({
        request: formPost(`/bekraeft-email/${token}`, {}),
        params: { token },
        context: call.context,
      } as never);
    } catch (thrown) {
      answer = thrown;
    }
    if (!(answer instanceof Response)) throw new Error("no redirect");
    const flash = answer.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith("ld_flash="))
      ?.split(";")[0];
    return {
      status: answer.status,
      location: answer.headers.get("location") ?? "",
      notices: flash ? await readFlash(config, flash) : [],
    };
  }

  it("confirmed in another browser: the reset page, told to choose a password by the flash cookie", async () => {
    const { token } = await unverified();
    const answer = await confirm(token);
    expect(answer.status).toBe(302);
    expect(answer.location).toMatch(/^\/nulstil-adgangskode\/[\w-]{43}$/);
    expect(answer.notices).toEqual([{ key: "verifyEmail.chooseNewPassword" }]);
  });

  it("confirmed in another browser for an account that cannot choose a password: the sign-in page says so", async () => {
    // An organisation that signs in only through single sign-on: no password to choose.
    const organisation = await createOrganisation(getDb(), { name: "Kun SSO", slugPrefix: "kun-sso" });
    await getDb()
      .updateTable("organisations")
      .set({ is_password_sign_in_allowed: 0 })
      .where("id", "=", organisation.id)
      .execute();
    const { token } = await unverified(organisation.id);
    const answer = await confirm(token);
    expect(answer.location).toBe("/log-ind");
    expect(answer.notices).toEqual([{ key: "verifyEmail.verifiedNotice" }]);
  });

  it("confirmed signed in as the account itself: its own page, which knows from the account", async () => {
    const { user, token } = await unverified();
    const answer = await confirm(token, user);
    expect(answer.location).toBe("/bekraeft-email");
  });
});
