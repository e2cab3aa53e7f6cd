import { randomInt, randomUUID } from "node:crypto";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPasswordReset } from "~/features/account/password-reset.server";
import { signIn } from "~/features/account/sign-in.server";
import { signUp } from "~/features/account/sign-up.server";
import { SSO_ATTEMPT_LIMITS } from "~/features/sso/count-sso-attempt.server";
import { proveSsoLinkWithMail, requestSsoLinkProofMail } from "~/features/sso/prove-sso-link.server";
import { saveSsoSettings } from "~/features/sso/save-sso-settings.server";
import {
  beginSsoSignIn,
  type FinishedSsoSignIn,
  finishSsoSignIn,
  receiveOidcCallback,
  receiveSamlResponse,
} from "~/features/sso/sso-flow.server";
import { ssoSettingsSchema } from "~/features/sso/sso-settings.schema";
import { ssoUrls } from "~/features/sso/sso-urls";
import { createUser, findUserRoles } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { createMailer, type Mailer } from "~/platform/mail/mailer.server";
import { startTestDnsServer, type TestDnsServer } from "../../../tests/support/dns-server";
import {
  signInAtOidcProvider,
  startOidcProvider,
  type TestOidcProvider,
} from "../../../tests/support/oidc-provider";
import {
  type ResponseOverrides,
  type SamlIdp,
  type SamlUser,
  samlRequestIdOf,
  startSamlIdp,
  wrapAssertion,
} from "../../../tests/support/saml-idp";
import { readableMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";
import { proveEmailDomain } from "../../../tests/support/verified-domain";

// Issue 5: single sign-on through a real OpenID Connect provider and real signed SAML responses, on
// loopback, from the redirect to the identity provider to the account that is signed in.

const publicUrl = new URL("http://127.0.0.1:39999");
const config = { publicUrl, sessionSecret: "s".repeat(32) } as Config;
const log = pino({ level: "silent" });
const meta = { ip: "127.0.0.1", userAgent: "vitest" };
const OIDC_SLUG = "oidc-kommune";
const FORGING_OIDC_SLUG = "forfalsket-kommune";
const SAML_SLUG = "saml-kommune";
/** Each browser its own address, so the per-address limit on attempts only bites where a test wants it. */
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const metaFrom = (ip: string) => ({ ip, userAgent: "vitest" });
/**
 * The attempt limits count in fixed one-minute windows: a burst that crosses a minute's turn would
 * be counted in two. A test of an exact limit starts early in a minute, so its burst fits in one.
 */
async function untilEarlyInAMinute(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 30_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
}
/** What a finished sign-in came to, as one word for a list of cases. */
const outcomeOf = (result: FinishedSsoSignIn) =>
  result.ok ? "signed in" : "failure" in result ? result.failure : "proof needed";

let oidcProvider: TestOidcProvider;
let forgingOidcProvider: TestOidcProvider;
let samlIdp: SamlIdp;
// The organisations' e-mail domains are proven with DNS TXT records on this server (decision 024).
let dns: TestDnsServer;
let inbox: SmtpInbox;
let mailer: Mailer;
beforeAll(async () => {
  oidcProvider = await startOidcProvider({ redirectUris: [ssoUrls(publicUrl, OIDC_SLUG).oidcCallback.href] });
  forgingOidcProvider = await startOidcProvider({
    redirectUris: [ssoUrls(publicUrl, FORGING_OIDC_SLUG).oidcCallback.href],
    publishedKeys: "foreign",
  });
  samlIdp = await startSamlIdp();
  dns = await startTestDnsServer();
  inbox = await startSmtpInbox();
  mailer = createMailer({
    publicUrl: new URL("http://localhost:3000"),
    smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
    from: "Lederdialog <no-reply@lederdialog.test>",
    outboxDir: "/nonexistent",
  });
});
afterAll(async () => {
  await oidcProvider.close();
  await forgingOidcProvider.close();
  await samlIdp.close();
  await dns.close();
  await inbox.close();
});

async function createOrganisation(db: DB, slug: string): Promise<string> {
  const id = newId();
  await db.insertInto("organisations").values({ id, name: slug, slug, created_at: nowDbTime() }).execute();
  return id;
}

const passwordOn = { isPasswordSignInAllowed: "on" as const };
const emptyProvider = {
  oidcIssuer: undefined,
  oidcClientId: undefined,
  oidcClientSecret: undefined,
  samlEntryPoint: undefined,
  samlIdpIssuer: undefined,
  samlIdpCertificate: undefined,
};

describeEachDialect("single sign-on", (getDb) => {
  const services = () => ({ db: getDb(), config, log, mailer });
  let oidcOrganisationId: string;
  let samlOrganisationId: string;

  beforeAll(async () => {
    oidcOrganisationId = await createOrganisation(getDb(), OIDC_SLUG);
    samlOrganisationId = await createOrganisation(getDb(), SAML_SLUG);
    await proveEmailDomain(getDb(), dns, { organisationId: oidcOrganisationId, domain: "oidc.example" });
    for (const domain of ["saml.example", "skole.saml.example"]) {
      await proveEmailDomain(getDb(), dns, { organisationId: samlOrganisationId, domain });
    }
    const oidcSaved = await saveSsoSettings(getDb(), oidcOrganisationId, {
      ...emptyProvider,
      protocol: "oidc",
      oidcIssuer: oidcProvider.issuer,
      oidcClientId: oidcProvider.clientId,
      oidcClientSecret: oidcProvider.clientSecret,
      ...passwordOn,
    });
    expect(oidcSaved).toEqual({ ok: true });
    const samlSaved = await saveSsoSettings(getDb(), samlOrganisationId, {
      ...emptyProvider,
      protocol: "saml",
      samlEntryPoint: samlIdp.ssoUrl,
      samlIdpIssuer: samlIdp.entityId,
      samlIdpCertificate: samlIdp.certificate,
      ...passwordOn,
    });
    expect(samlSaved).toEqual({ ok: true });
    const forgingOrganisationId = await createOrganisation(getDb(), FORGING_OIDC_SLUG);
    await proveEmailDomain(getDb(), dns, {
      organisationId: forgingOrganisationId,
      domain: "forfalsket.example",
    });
    const forgingSaved = await saveSsoSettings(getDb(), forgingOrganisationId, {
      ...emptyProvider,
      protocol: "oidc",
      oidcIssuer: forgingOidcProvider.issuer,
      oidcClientId: forgingOidcProvider.clientId,
      oidcClientSecret: forgingOidcProvider.clientSecret,
      ...passwordOn,
    });
    expect(forgingSaved).toEqual({ ok: true });
    // The client secret is sealed like the texts: a copy of the database does not give it away.
    const raw = await getDb()
      .withoutPlugins()
      .selectFrom("sso_connections")
      .select("oidc_client_secret")
      .where("organisation_id", "=", oidcOrganisationId)
      .executeTakeFirstOrThrow();
    expect(raw.oidc_client_secret).toMatch(/^ld1\./);
    expect(raw.oidc_client_secret).not.toContain(oidcProvider.clientSecret);
  });

  async function signInWithOidc(login: string, browser: "same" | "other" = "same", slug: string = OIDC_SLUG) {
    const started = await beginSsoSignIn(services(), {
      slug,
      redirectTo: "/min-lederdialog",
      meta: metaFrom(someAddress()),
    });
    const callback = await signInAtOidcProvider(started.location, { login, returnTo: publicUrl.origin });
    const next = await receiveOidcCallback(services(), { slug, url: callback });
    const signInId = decodeURIComponent(next.pathname.split("/").at(-1) ?? "");
    const finish = () =>
      finishSsoSignIn(services(), {
        slug,
        signInId,
        browserKey: browser === "same" ? started.browserKey : "another-browser",
        meta,
        locale: "da",
      });
    return { result: await finish(), finish };
  }

  it("OIDC: the first sign-in creates a leader account, later ones find it by subject", async () => {
    oidcProvider.accounts.alice = {
      email: "Alice@OIDC.example",
      email_verified: true,
      name: "Alice Andersen",
    };
    const first = await signInWithOidc("alice");
    expect(first.result.ok).toBe(true);
    if (!first.result.ok) return;
    expect(first.result.user).toMatchObject({
      email: "alice@oidc.example",
      name: "Alice Andersen",
      organisation_id: oidcOrganisationId,
      password_hash: null,
    });
    expect(first.result.redirectTo).toBe("/min-lederdialog");
    expect(await findUserRoles(getDb(), first.result.user.id)).toEqual(["leader"]);
    // An attempt makes one session only.
    expect(await first.finish()).toEqual({ ok: false, failure: "expired" });

    // The address changes at the provider; the subject still names the same person.
    oidcProvider.accounts.alice = { email: "alice.a@oidc.example", email_verified: true, name: "Alice A" };
    const second = await signInWithOidc("alice");
    expect(second.result.ok && second.result.user.id).toBe(first.result.user.id);
  });

  it("OIDC: an attempt finishes only in the browser that started it", async () => {
    oidcProvider.accounts.bo = { email: "bo@oidc.example", email_verified: true, name: "Bo" };
    expect((await signInWithOidc("bo", "other")).result).toEqual({ ok: false, failure: "otherBrowser" });
  });

  it("OIDC: an unverified address or one outside the organisation's domains signs nobody in", async () => {
    oidcProvider.accounts.carl = { email: "carl@oidc.example", email_verified: false, name: "Carl" };
    expect((await signInWithOidc("carl")).result).toEqual({ ok: false, failure: "noEmail" });
    oidcProvider.accounts.dina = { email: "dina@gmail.example", email_verified: true, name: "Dina" };
    expect((await signInWithOidc("dina")).result).toEqual({ ok: false, failure: "emailDomain" });
  });

  it("OIDC: a callback with an unknown state, or an error from the provider, is refused", async () => {
    const callbackUrl = ssoUrls(publicUrl, OIDC_SLUG).oidcCallback;
    const unknown = await receiveOidcCallback(services(), {
      slug: OIDC_SLUG,
      url: new URL(`${callbackUrl.href}?code=x&state=made-up`),
    });
    const result = await finishSsoSignIn(services(), {
      slug: OIDC_SLUG,
      signInId: decodeURIComponent(unknown.pathname.split("/").at(-1) ?? ""),
      browserKey: "x",
      meta,
      locale: "da",
    });
    expect(result).toEqual({ ok: false, failure: "expired" });

    const started = await beginSsoSignIn(services(), { slug: OIDC_SLUG, redirectTo: "/", meta });
    const state = started.location.searchParams.get("state") ?? "";
    const denied = new URL(
      `${callbackUrl.href}?error=access_denied&state=${state}&iss=${oidcProvider.issuer}`,
    );
    const next = await receiveOidcCallback(services(), { slug: OIDC_SLUG, url: denied });
    expect(
      await finishSsoSignIn(services(), {
        slug: OIDC_SLUG,
        signInId: state,
        browserKey: started.browserKey,
        meta,
        locale: "da",
      }),
    ).toEqual({ ok: false, failure: "cancelled" });
    expect(next.pathname).toContain(state);
  });

  async function samlSignIn(user: SamlUser, overrides?: ResponseOverrides) {
    const browserMeta = metaFrom(someAddress());
    const started = await beginSsoSignIn(services(), {
      slug: SAML_SLUG,
      redirectTo: "/min-lederdialog",
      meta: browserMeta,
    });
    const form = await samlIdp.respond(started.location, user, overrides);
    expect(form.acsUrl).toBe(ssoUrls(publicUrl, SAML_SLUG).samlAcs.href);
    const post = () =>
      receiveSamlResponse(services(), {
        slug: SAML_SLUG,
        samlResponse: form.samlResponse,
        relayState: form.relayState,
        meta: browserMeta,
      });
    const finish = () =>
      finishSsoSignIn(services(), {
        slug: SAML_SLUG,
        signInId: form.relayState,
        browserKey: started.browserKey,
        meta,
        locale: "da" as const,
      });
    await post();
    return { result: await finish(), post, finish, browserKey: started.browserKey };
  }

  it("SAML: an imported person is linked only after the link mailed to their address is opened", async () => {
    const imported = await createUser(getDb(), {
      organisationId: samlOrganisationId,
      email: "grethe@skole.saml.example",
      name: "Grethe Importeret",
      passwordHash: null,
      roles: ["leader"],
    });
    const user = { subject: "kombit-123", email: "GRETHE@skole.saml.example", name: "Grethe G." };
    const signedIn = await samlSignIn(user);
    // No session for the existing account: its owner proves it first (issue 13).
    expect(signedIn.result.ok).toBe(false);
    const proofId = !signedIn.result.ok && "proofId" in signedIn.result ? signedIn.result.proofId : "";
    expect(proofId).not.toBe("");
    const proof = {
      organisationId: samlOrganisationId,
      browserKey: signedIn.browserKey,
      meta,
      locale: "da" as const,
    };
    const requested = await requestSsoLinkProofMail(services(), { ...proof, proofId, slug: SAML_SLUG });
    expect(requested).toEqual({ ok: true, email: "grethe@skole.saml.example" });
    const mail = inbox.messages.findLast((message) => message.rcptTo.includes("grethe@skole.saml.example"));
    const token = /\/link\/([\w-]+)/.exec(readableMail(mail?.raw ?? ""))?.[1] ?? "";
    const linked = await proveSsoLinkWithMail(services(), { ...proof, token });
    expect(linked.ok && linked.user.id).toBe(imported.id);
    // The same response posted again (a replay) signs nobody in.
    await signedIn.post();
    expect(await signedIn.finish()).toEqual({ ok: false, failure: "expired" });
    const link = await getDb()
      .selectFrom("sso_identities")
      .select("user_id")
      .where("subject", "=", "kombit-123")
      .executeTakeFirst();
    expect(link?.user_id).toBe(imported.id);
    // From now on the subject signs in directly.
    const again = await samlSignIn(user);
    expect(again.result.ok && again.result.user.id).toBe(imported.id);
  });

  it("SAML: forged, misaddressed and stale responses are refused", async () => {
    const user = { subject: "kombit-456", email: "hans@saml.example", name: "Hans" };
    const cases: [string, ResponseOverrides][] = [
      ["changed after signing", { tamper: (xml) => xml.replace("hans@saml.example", "boss@saml.example") }],
      ["signed with another certificate", { signedBy: "rogue" }],
      ["for another audience", { audience: "https://other.example/sp" }],
      ["for another recipient", { recipient: "https://evil.example/acs" }],
      ["to another destination", { destination: "https://evil.example/acs" }],
      ["from another issuer", { issuer: "https://other-idp.example" }],
      ["answering another request", { inResponseTo: "_someone-elses-request" }],
      ["issued 20 minutes ago", { ageMs: 20 * 60_000 }],
    ];
    for (const [label, overrides] of cases) {
      const { result } = await samlSignIn(user, overrides);
      expect({ label, result }).toEqual({ label, result: { ok: false, failure: "rejected" } });
    }
    // Nothing above created an account; the correct response still works.
    const accounts = await getDb()
      .selectFrom("users")
      .select("id")
      .where("email", "=", "hans@saml.example")
      .execute();
    expect(accounts).toHaveLength(0);
    expect((await samlSignIn(user)).result.ok).toBe(true);
  });

  // Issue 13, finding 14: what the provider says about the address is taken only when it is exact.
  it("OIDC: email_verified must be exactly true, and the ID token must be signed with a key of the JWKS", async () => {
    oidcProvider.accounts.ea = { email: "ea@oidc.example", email_verified: "false", name: "Ea" };
    oidcProvider.accounts.finn = { email: "finn@oidc.example", name: "Finn" };
    oidcProvider.accounts.gry = { email: "gry@oidc.example", email_verified: "true", name: "Gry" };
    forgingOidcProvider.accounts.hugo = {
      email: "hugo@forfalsket.example",
      email_verified: true,
      name: "Hugo",
    };
    const results = {
      "the string false": (await signInWithOidc("ea")).result,
      "no email_verified": (await signInWithOidc("finn")).result,
      "the string true": (await signInWithOidc("gry")).result,
      "signed outside the JWKS": (await signInWithOidc("hugo", "same", FORGING_OIDC_SLUG)).result,
    };
    expect(results).toEqual({
      "the string false": { ok: false, failure: "noEmail" },
      "no email_verified": { ok: false, failure: "noEmail" },
      "the string true": { ok: false, failure: "noEmail" },
      "signed outside the JWKS": { ok: false, failure: "rejected" },
    });
    const accounts = await getDb()
      .selectFrom("users")
      .select("email")
      .where("email", "in", [
        "ea@oidc.example",
        "finn@oidc.example",
        "gry@oidc.example",
        "hugo@forfalsket.example",
      ])
      .execute();
    expect(accounts).toEqual([]);
  });

  // Issue 14: Entra ID often sends no `email` claim, only its sign-in name (preferred_username, upn).
  it("OIDC: without an e-mail claim, preferred_username or upn is the address, under the same rules", async () => {
    oidcProvider.accounts.ida = { preferred_username: "Ida@OIDC.example", name: "Ida" };
    oidcProvider.accounts.jens = { preferred_username: "jens", upn: "jens.j@oidc.example", name: "Jens" };
    oidcProvider.accounts.kaj = { upn: "kaj@andet-firma.example", name: "Kaj" };
    oidcProvider.accounts.lis = { preferred_username: "x@evil.test, lis@oidc.example", name: "Lis" };
    oidcProvider.accounts.mads = { preferred_username: "mads" };
    // A provider that says the e-mail is unverified is not overruled by its sign-in name.
    oidcProvider.accounts.nora = {
      email: "nora@oidc.example",
      email_verified: false,
      preferred_username: "nora@oidc.example",
    };
    const existing = await createUser(getDb(), {
      organisationId: oidcOrganisationId,
      email: "ole@oidc.example",
      name: "Ole",
      passwordHash: null,
      roles: ["leader"],
    });
    oidcProvider.accounts.ole = { upn: "ole@oidc.example", name: "Ole" };
    const outcomes: Record<string, string> = {};
    const users: Record<string, string> = {};
    for (const login of ["ida", "jens", "kaj", "lis", "mads", "nora", "ole"]) {
      const { result } = await signInWithOidc(login);
      outcomes[login] = outcomeOf(result);
      if (result.ok) users[login] = result.user.email;
    }
    expect(outcomes).toEqual({
      ida: "signed in",
      jens: "signed in",
      kaj: "emailDomain",
      lis: "invalidEmail",
      mads: "noEmail",
      nora: "noEmail",
      // An existing account is still only linked after its owner proves it (decision 023).
      ole: "proof needed",
    });
    expect(users).toEqual({ ida: "ida@oidc.example", jens: "jens.j@oidc.example" });
    // A sign-in name is no proof of a mailbox: the new account's address is not verified.
    const ida = await getDb()
      .selectFrom("users")
      .select("email_verified_at")
      .where("email", "=", "ida@oidc.example")
      .executeTakeFirstOrThrow();
    expect(ida.email_verified_at).toBeNull();
    expect(existing.email).toBe("ole@oidc.example");
  });

  it("an address the provider asserts must be one plain address, through both protocols", async () => {
    const invalid = [
      "x@evil.test, y@{domain}",
      "a@evil.test@{domain}",
      "<x@evil.test>@{domain}",
      "zero\u200bwidth@{domain}",
    ];
    const refused: string[] = [];
    for (const [index, template] of invalid.entries()) {
      const oidcEmail = template.replace("{domain}", "oidc.example");
      oidcProvider.accounts[`invalid-${index}`] = { email: oidcEmail, email_verified: true, name: "X" };
      const viaOidc = await signInWithOidc(`invalid-${index}`);
      const samlEmail = template.replace("{domain}", "saml.example");
      const viaSaml = await samlSignIn({ subject: `kombit-invalid-${index}`, email: samlEmail, name: "X" });
      refused.push(`OIDC ${oidcEmail}: ${outcomeOf(viaOidc.result)}`);
      refused.push(`SAML ${samlEmail}: ${outcomeOf(viaSaml.result)}`);
    }
    expect(refused).toEqual(
      invalid.flatMap((template) => [
        `OIDC ${template.replace("{domain}", "oidc.example")}: invalidEmail`,
        `SAML ${template.replace("{domain}", "saml.example")}: invalidEmail`,
      ]),
    );
    // The Kelvin sign is a look-alike, not a second person: it becomes the plain letter.
    const kelvin = await samlSignIn({
      subject: "kombit-kelvin",
      email: "\u212Aim@saml.example",
      name: "Kim",
    });
    expect(kelvin.result.ok && kelvin.result.user.email).toBe("kim@saml.example");
  });

  // Issue 13, finding 12: an assertion must answer the request this browser started, in signed words.
  it("SAML: a captured assertion wrapped in an attacker's envelope signs nobody in, however often", async () => {
    const victim = { subject: "kombit-victim", email: "offer@saml.example", name: "Offer" };
    const captured = await samlIdp.respond(
      (await beginSsoSignIn(services(), { slug: SAML_SLUG, redirectTo: "/", meta })).location,
      victim,
      { isUnsolicited: true },
    );
    const acsUrl = ssoUrls(publicUrl, SAML_SLUG).samlAcs.href;
    for (const attempt of [1, 2]) {
      const attackerMeta = metaFrom(someAddress());
      const started = await beginSsoSignIn(services(), {
        slug: SAML_SLUG,
        redirectTo: "/",
        meta: attackerMeta,
      });
      const relayState = started.location.searchParams.get("RelayState") ?? "";
      await receiveSamlResponse(services(), {
        slug: SAML_SLUG,
        samlResponse: wrapAssertion(captured.samlResponse, {
          inResponseTo: samlRequestIdOf(started.location),
          destination: acsUrl,
          issuer: samlIdp.entityId,
        }),
        relayState,
        meta: attackerMeta,
      });
      const result = await finishSsoSignIn(services(), {
        slug: SAML_SLUG,
        signInId: relayState,
        browserKey: started.browserKey,
        meta: attackerMeta,
        locale: "da",
      });
      expect({ attempt, result }).toEqual({ attempt, result: { ok: false, failure: "rejected" } });
    }
    const taken = await getDb().selectFrom("users").select("id").where("email", "=", victim.email).execute();
    expect(taken).toEqual([]);
  });

  it("SAML: an assertion is used once: its ID is remembered, also for another attempt", async () => {
    const user = { subject: "kombit-once", email: "once@saml.example", name: "Once" };
    const assertionId = `_${randomUUID()}`;
    const first = await samlSignIn(user, { assertionId });
    expect(first.result.ok).toBe(true);
    // The identity provider (or someone replaying it) answers another request with the same assertion.
    const second = await samlSignIn(user, { assertionId });
    expect(second.result).toEqual({ ok: false, failure: "rejected" });
    const remembered = await getDb()
      .selectFrom("sso_used_assertions")
      .select(["assertion_id", "expires_at"])
      .where("assertion_id", "=", assertionId)
      .execute();
    expect(remembered).toHaveLength(1);
    expect((remembered[0]?.expires_at ?? "") > nowDbTime()).toBe(true);
  });

  it("SAML: only a bearer confirmation for our ACS, status Success, SHA-256 and a short lifetime", async () => {
    const user = { subject: "kombit-strict", email: "streng@saml.example", name: "Streng" };
    const withoutConfirmation = (template: string) =>
      template.replace(/<saml:SubjectConfirmation [\s\S]*?<\/saml:SubjectConfirmation>/, "");
    const cases: [string, ResponseOverrides, string][] = [
      ["no SubjectConfirmation", { reshape: withoutConfirmation }, "rejected"],
      [
        "a holder-of-key confirmation",
        { reshape: (t) => t.replace(":cm:bearer", ":cm:holder-of-key") },
        "rejected",
      ],
      ["no Recipient", { reshape: (t) => t.replace(' Recipient="{SubjectRecipient}"', "") }, "rejected"],
      ["Status=Responder", { status: "urn:oasis:names:tc:SAML:2.0:status:Responder" }, "cancelled"],
      ["SHA-1 signatures", { signatureAlgorithm: "sha1" }, "rejected"],
      ["valid for two years", { lifetimeMs: 2 * 365 * 24 * 60 * 60_000 }, "rejected"],
      ["valid for an hour", { lifetimeMs: 60 * 60_000 }, "rejected"],
    ];
    const outcomes: string[] = [];
    for (const [label, overrides] of cases) {
      const { result } = await samlSignIn(user, overrides);
      outcomes.push(`${label}: ${outcomeOf(result)}`);
    }
    expect(outcomes).toEqual(cases.map(([label, , failure]) => `${label}: ${failure}`));
    const accounts = await getDb().selectFrom("users").select("id").where("email", "=", user.email).execute();
    expect(accounts).toHaveLength(0);
    expect((await samlSignIn(user)).result.ok).toBe(true);
  });

  // Issue 13, finding 11: attempts are counted per address and per organisation, atomically.
  it("SSO start and the ACS are limited per address, counted atomically", { timeout: 90_000 }, async () => {
    await untilEarlyInAMinute();
    const crowded = metaFrom(someAddress());
    const starts = await Promise.allSettled(
      Array.from({ length: 70 }, () =>
        beginSsoSignIn(services(), { slug: SAML_SLUG, redirectTo: "/", meta: crowded }),
      ),
    );
    const refused = starts.filter((start) => start.status === "rejected");
    expect(starts.length - refused.length).toBe(60);
    for (const start of refused) {
      expect((start as PromiseRejectedResult).reason).toMatchObject({ failure: "tooManyAttempts" });
    }
    // Another address is not affected.
    await expect(
      beginSsoSignIn(services(), { slug: SAML_SLUG, redirectTo: "/", meta: metaFrom(someAddress()) }),
    ).resolves.toBeDefined();

    // Posts to the ACS count too: the 61st from one address is refused without being looked at.
    const poster = metaFrom(someAddress());
    const started = await beginSsoSignIn(services(), { slug: SAML_SLUG, redirectTo: "/", meta: poster });
    const relayState = started.location.searchParams.get("RelayState") ?? "";
    for (let index = 0; index < 60; index++) {
      await receiveSamlResponse(services(), {
        slug: SAML_SLUG,
        samlResponse: "bm90IGEgcmVzcG9uc2U=",
        relayState: "made-up",
        meta: poster,
      });
    }
    const form = await samlIdp.respond(started.location, {
      subject: "kombit-limited",
      email: "begraenset@saml.example",
      name: "B",
    });
    await receiveSamlResponse(services(), {
      slug: SAML_SLUG,
      samlResponse: form.samlResponse,
      relayState,
      meta: poster,
    });
    expect(
      await finishSsoSignIn(services(), {
        slug: SAML_SLUG,
        signInId: relayState,
        browserKey: started.browserKey,
        meta: poster,
        locale: "da",
      }),
    ).toEqual({ ok: false, failure: "tooManyAttempts" });
  });

  it("the addresses of one IPv6 /64 count as one", { timeout: 90_000 }, async () => {
    await untilEarlyInAMinute();
    const network = `2001:db8:${randomInt(1, 65535).toString(16)}:7`;
    const starts = await Promise.allSettled(
      Array.from({ length: 65 }, (_, index) =>
        beginSsoSignIn(services(), {
          slug: SAML_SLUG,
          redirectTo: "/",
          meta: metaFrom(`${network}::${(index + 1).toString(16)}`),
        }),
      ),
    );
    expect(starts.filter((start) => start.status === "fulfilled")).toHaveLength(
      SSO_ATTEMPT_LIMITS.perAddress,
    );
  });

  it("SSO start is limited per organisation, whatever the addresses", { timeout: 90_000 }, async () => {
    const organisationId = await createOrganisation(getDb(), "travl-kommune");
    await saveSsoSettings(getDb(), organisationId, {
      ...emptyProvider,
      protocol: "saml",
      samlEntryPoint: samlIdp.ssoUrl,
      samlIdpCertificate: samlIdp.certificate,
      ...passwordOn,
    });
    await untilEarlyInAMinute();
    const results = await Promise.allSettled(
      Array.from({ length: 620 }, () =>
        beginSsoSignIn(services(), { slug: "travl-kommune", redirectTo: "/", meta: metaFrom(someAddress()) }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(600);
    // Another organisation is not affected.
    await expect(
      beginSsoSignIn(services(), { slug: SAML_SLUG, redirectTo: "/", meta: metaFrom(someAddress()) }),
    ).resolves.toBeDefined();
  });

  it("never takes over another organisation's account, and refuses a deactivated one", async () => {
    const elsewhere = await createOrganisation(getDb(), "anden-kommune");
    await createUser(getDb(), {
      organisationId: elsewhere,
      email: "ida@saml.example",
      name: "Ida",
      passwordHash: null,
    });
    const taken = await samlSignIn({ subject: "kombit-ida", email: "ida@saml.example", name: "Ida" });
    expect(taken.result).toEqual({ ok: false, failure: "otherOrganisation" });

    const jens = await createUser(getDb(), {
      organisationId: samlOrganisationId,
      email: "jens@saml.example",
      name: "Jens",
      passwordHash: null,
    });
    await getDb().updateTable("users").set({ is_active: 0 }).where("id", "=", jens.id).execute();
    const stopped = await samlSignIn({ subject: "kombit-jens", email: "jens@saml.example", name: "Jens" });
    expect(stopped.result).toEqual({ ok: false, failure: "deactivated" });
  });

  it("two first sign-ins of one person at the same moment make one account", async () => {
    const user = { subject: "kombit-karen", email: "karen@saml.example", name: "Karen" };
    const [a, b] = await Promise.all([samlSignIn(user), samlSignIn(user)]);
    expect(a.result.ok && b.result.ok).toBe(true);
    expect(a.result.ok && b.result.ok && a.result.user.id === b.result.user.id).toBe(true);
    const rows = await getDb()
      .selectFrom("users")
      .select("id")
      .where("email", "=", "karen@saml.example")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("links belong to the provider that made them: another entity ID or switching off drops them", async () => {
    const karen = { subject: "kombit-karen", email: "karen@saml.example", name: "Karen" };
    const samlSettings = {
      ...emptyProvider,
      protocol: "saml" as const,
      samlEntryPoint: samlIdp.ssoUrl,
      samlIdpIssuer: samlIdp.entityId,
      samlIdpCertificate: samlIdp.certificate,
      ...passwordOn,
    };
    const links = async () =>
      (
        await getDb()
          .selectFrom("sso_identities")
          .select("subject")
          .where("organisation_id", "=", samlOrganisationId)
          .execute()
      ).map((row) => row.subject);
    expect(await links()).toContain("kombit-karen");
    // Saving the same provider again keeps every link.
    expect(await saveSsoSettings(getDb(), samlOrganisationId, samlSettings)).toEqual({ ok: true });
    expect((await samlSignIn(karen)).result.ok).toBe(true);

    // Another entity ID is another provider: nobody's link carries over to it, nor back.
    expect(
      await saveSsoSettings(getDb(), samlOrganisationId, {
        ...samlSettings,
        samlIdpIssuer: "https://another-idp.example/metadata",
      }),
    ).toEqual({ ok: true });
    expect(await links()).toEqual([]);
    expect(await saveSsoSettings(getDb(), samlOrganisationId, samlSettings)).toEqual({ ok: true });
    const returning = await samlSignIn(karen);
    expect(returning.result.ok === false && "proofId" in returning.result).toBe(true);

    // Switched off: no link stays for a later provider to reuse.
    await getDb()
      .insertInto("sso_identities")
      .values({
        id: newId(),
        organisation_id: samlOrganisationId,
        provider: "saml x y",
        subject: "left-over",
        user_id: (
          await getDb()
            .selectFrom("users")
            .select("id")
            .where("email", "=", "karen@saml.example")
            .executeTakeFirstOrThrow()
        ).id,
        email: "karen@saml.example",
        created_at: nowDbTime(),
      })
      .execute();
    expect(
      await saveSsoSettings(getDb(), samlOrganisationId, {
        ...emptyProvider,
        protocol: "none",
        ...passwordOn,
      }),
    ).toEqual({ ok: true });
    expect(await links()).toEqual([]);
    expect(await saveSsoSettings(getDb(), samlOrganisationId, samlSettings)).toEqual({ ok: true });
  });

  it("with passwords turned off, sign-in, sign-up and reset by password are refused for the organisation", async () => {
    const organisationId = await createOrganisation(getDb(), "kun-sso");
    const hash =
      "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0000000000000000000000000000000000000000000";
    await createUser(getDb(), {
      organisationId,
      email: "lene@kunsso.example",
      name: "Lene",
      passwordHash: hash,
    });
    // A person of the organisation outside its domains (a consultant) is refused too.
    await createUser(getDb(), {
      organisationId,
      email: "mads@konsulent.example",
      name: "Mads",
      passwordHash: hash,
    });
    await proveEmailDomain(getDb(), dns, { organisationId, domain: "kunsso.example" });
    const saved = await saveSsoSettings(getDb(), organisationId, {
      ...emptyProvider,
      protocol: "saml",
      samlEntryPoint: samlIdp.ssoUrl,
      samlIdpCertificate: samlIdp.certificate,
      isPasswordSignInAllowed: undefined,
    });
    expect(saved).toEqual({ ok: true });
    for (const email of ["lene@kunsso.example", "nobody@kunsso.example"]) {
      expect(await signIn(getDb(), { email, password: "whatever-password", meta })).toEqual({
        ok: false,
        reason: "ssoRequired",
      });
    }
    expect(
      await signUp(getDb(), {
        organisationId,
        name: "Ny",
        email: "ny@kunsso.example",
        password: "a-long-password",
        locale: "da",
        meta,
      }),
    ).toEqual({ ok: false, error: "ssoRequired" });
    expect(await requestPasswordReset(getDb(), { email: "lene@kunsso.example", meta })).toMatchObject({
      status: "accepted",
      token: undefined,
    });
    expect(await requestPasswordReset(getDb(), { email: "mads@konsulent.example", meta })).toMatchObject({
      status: "accepted",
      token: undefined,
    });
  });

  // Another organisation's domain is refused when it is added (app/features/sso/verified-domains.test.ts).
  it("checks the settings on the server: certificates and an unreachable issuer", async () => {
    const organisationId = await createOrganisation(getDb(), "indstillinger");
    const base = { ...emptyProvider, ...passwordOn };
    expect(
      await saveSsoSettings(getDb(), organisationId, {
        ...base,
        protocol: "saml",
        samlEntryPoint: samlIdp.ssoUrl,
        samlIdpCertificate: "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----",
      }),
    ).toEqual({ ok: false, fieldErrors: { samlIdpCertificate: ["validation.ssoCertificateInvalid"] } });
    expect(
      await saveSsoSettings(getDb(), organisationId, {
        ...base,
        protocol: "oidc",
        oidcIssuer: "http://127.0.0.1:9/nothing-here",
        oidcClientId: "x",
        oidcClientSecret: "y",
      }),
    ).toEqual({ ok: false, fieldErrors: { oidcIssuer: ["validation.ssoIssuerUnreachable"] } });
  });
});

describe("the single sign-on settings form", () => {
  const parse = (values: Record<string, string>) => ssoSettingsSchema.safeParse(values);
  const messages = (values: Record<string, string>) => {
    const result = parse(values);
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  // The domains have a page and a schema of their own (app/features/sso/email-domain.schema.test.ts).
  it("requires the chosen protocol's fields, and refuses plain http off this machine", () => {
    expect(messages({ protocol: "oidc" })).toEqual([
      "oidcIssuer: validation.required",
      "oidcClientId: validation.required",
    ]);
    expect(
      messages({
        protocol: "saml",
        samlEntryPoint: "http://idp.example/sso",
        samlIdpCertificate: "pem",
      }),
    ).toEqual(["samlEntryPoint: validation.urlInvalid"]);
    expect(messages({ protocol: "none" })).toEqual(["isPasswordSignInAllowed: validation.ssoPasswordNeeded"]);
  });
});
