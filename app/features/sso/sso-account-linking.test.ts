import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/features/account/password.server";
import { saveSsoSettings } from "~/features/sso/save-sso-settings.server";
import { createUser } from "~/platform/auth/users.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { AppClient, expectStatus } from "../../../tests/support/app-client";
import { type AppProcess, freePort, startApp } from "../../../tests/support/app-process";
import { CookieBrowser } from "../../../tests/support/cookie-browser";
import { startTestDnsServer, type TestDnsServer } from "../../../tests/support/dns-server";
import {
  signInAtOidcProvider,
  startOidcProvider,
  type TestOidcProvider,
} from "../../../tests/support/oidc-provider";
import { type SamlIdp, type SamlUser, startSamlIdp } from "../../../tests/support/saml-idp";
import { parseMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import {
  createTestDatabase,
  dialects,
  type TestDatabase,
  testTextKeyBase64,
} from "../../../tests/support/test-database";
import { proveEmailDomain } from "../../../tests/support/verified-domain";

// Issue 13, finding 1: an organisation's administrator connected an identity provider they control,
// had it assert a leader's address, and was signed in to her existing account, which then handed over
// everything she wrote. A link between an identity and an existing account now needs its owner: her
// password, or a single-use link mailed to her address and opened in the same browser. Against the
// production build, the real OpenID Connect provider and the real SAML identity provider.

const PASSWORD = "alices lange hemmelige adgangskode";
const OIDC_SLUG = "oidc-link";
const SAML_SLUG = "saml-link";

describe.each(dialects)("linking single sign-on to an existing account needs its owner [%s]", (dialect) => {
  let dataDir: string;
  let database: TestDatabase;
  let inbox: SmtpInbox;
  let oidcProvider: TestOidcProvider;
  let samlIdp: SamlIdp;
  let dns: TestDnsServer;
  let app: AppProcess;
  let baseUrl: string;
  let alice: AppClient;
  const marker = `Alicesprivateord${newId().slice(0, 8)}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-sso-link-"));
    inbox = await startSmtpInbox();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    oidcProvider = await startOidcProvider({ redirectUris: [`${baseUrl}/sso/${OIDC_SLUG}/oidc`] });
    samlIdp = await startSamlIdp();
    database = await createTestDatabase(dialect, { sqliteFile: path.join(dataDir, "lederdialog.sqlite") });
    const db = database.db;
    const organisation = async (slug: string) => {
      const id = newId();
      await db
        .insertInto("organisations")
        .values({ id, name: slug, slug, created_at: nowDbTime() })
        .execute();
      return id;
    };
    const oidcOrganisationId = await organisation(OIDC_SLUG);
    const samlOrganisationId = await organisation(SAML_SLUG);
    const passwordHash = await hashPassword(PASSWORD);
    for (const [organisationId, email, name, hash, roles] of [
      [oidcOrganisationId, "admin@oidc-link.example", "Adam Admin", passwordHash, ["admin"]],
      [oidcOrganisationId, "alice@oidc-link.example", "Alice Andersen", passwordHash, ["leader"]],
      [samlOrganisationId, "carl@saml-link.example", "Carl Carlsen", passwordHash, ["leader"]],
      // Imported, never signed in: no password.
      [samlOrganisationId, "bo@saml-link.example", "Bo Importeret", null, ["leader"]],
    ] as const) {
      await createUser(db, { organisationId, email, name, passwordHash: hash, roles: [...roles] });
    }
    // Each organisation has proven its domain (decision 024): the administrator controls its DNS.
    dns = await startTestDnsServer();
    await proveEmailDomain(db, dns, { organisationId: oidcOrganisationId, domain: "oidc-link.example" });
    await proveEmailDomain(db, dns, { organisationId: samlOrganisationId, domain: "saml-link.example" });
    const saml = await saveSsoSettings(db, samlOrganisationId, {
      protocol: "saml",
      samlEntryPoint: samlIdp.ssoUrl,
      samlIdpIssuer: samlIdp.entityId,
      samlIdpCertificate: samlIdp.certificate,
      oidcIssuer: undefined,
      oidcClientId: undefined,
      oidcClientSecret: undefined,
      isPasswordSignInAllowed: "on",
    });
    expect(saml).toEqual({ ok: true });
    app = await startApp({
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      SESSION_SECRET: "x".repeat(40),
      TEXT_ENCRYPTION_KEY: testTextKeyBase64,
      SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
      MAIL_FROM: "Lederdialog <no-reply@lederdialog.test>",
      REMINDER_INTERVAL_SECONDS: "3600",
      ...(dialect === "postgres"
        ? { DATABASE_URL: database.location }
        : { SQLITE_FILE: database.location, DATABASE_URL: "" }),
    });

    // Alice writes something private, with her password.
    alice = await new AppClient(baseUrl).signIn("alice@oidc-link.example", PASSWORD);
    await expectStatus(
      await alice.post("/min-lederdialog/gem", { key: "note:goals", body: `Mine noter ${marker}` }),
      200,
      "Alice's private note",
    );
    // The administrator connects an identity provider they control, for the organisation's domain.
    const admin = await new AppClient(baseUrl).signIn("admin@oidc-link.example", PASSWORD);
    await expectStatus(
      await admin.post("/admin/log-ind", {
        protocol: "oidc",
        oidcIssuer: oidcProvider.issuer,
        oidcClientId: oidcProvider.clientId,
        oidcClientSecret: oidcProvider.clientSecret,
        isPasswordSignInAllowed: "on",
      }),
      302,
      "the administrator's provider",
    );
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await oidcProvider?.close();
    await samlIdp?.close();
    await dns?.close();
    await inbox?.close();
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const mailsTo = (email: string) => inbox.messages.filter((mail) => mail.rcptTo.includes(email));
  async function waitForMails(email: string, count: number) {
    for (let attempt = 0; attempt < 100 && mailsTo(email).length < count; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Promise.all(mailsTo(email).map((mail) => parseMail(mail.raw)));
  }
  const linksOf = async (email: string) =>
    database.db
      .selectFrom("sso_identities")
      .innerJoin("users", "users.id", "sso_identities.user_id")
      .select("sso_identities.subject")
      .where("users.email", "=", email)
      .execute();

  /** The browser's way through the OIDC provider; returns the finish step's answer. */
  async function oidcSignIn(browser: CookieBrowser, login: string): Promise<Response> {
    const start = await browser.get(`/sso/${OIDC_SLUG}`);
    expect(start.status).toBe(302);
    const callback = await signInAtOidcProvider(new URL(start.headers.get("location") ?? ""), {
      login,
      returnTo: baseUrl,
    });
    const back = await browser.get(`${callback.pathname}${callback.search}`);
    expect(back.status).toBe(302);
    return browser.get(back.headers.get("location") ?? "");
  }

  async function samlSignIn(browser: CookieBrowser, user: SamlUser): Promise<Response> {
    const start = await browser.get(`/sso/${SAML_SLUG}`);
    expect(start.status).toBe(302);
    const form = await samlIdp.respond(start.headers.get("location") ?? "", user);
    const posted = await browser.post(new URL(form.acsUrl).pathname, {
      SAMLResponse: form.samlResponse,
      RelayState: form.relayState,
    });
    expect(posted.status).toBe(303);
    return browser.get(posted.headers.get("location") ?? "");
  }

  /** Follows the finish step to the proof page and returns its address. */
  async function expectProofPage(finish: Response, browser: CookieBrowser, slug: string): Promise<string> {
    expect(finish.status).toBe(302);
    const proofPath = finish.headers.get("location") ?? "";
    expect(proofPath).toMatch(new RegExp(`^/sso/${slug}/bekraeft/[\\w-]+$`));
    expect(browser.has("ld_session")).toBe(false);
    return proofPath;
  }

  async function expectSignedIn(browser: CookieBrowser, name: string) {
    const home = await browser.get("/min-lederdialog");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(name);
  }

  it("the administrator's provider asserting Alice's address gets no session for her account", async () => {
    oidcProvider.accounts["admins-alice"] = {
      email: "alice@oidc-link.example",
      email_verified: true,
      name: "Alice (forfalsket)",
    };
    const attacker = new CookieBrowser(baseUrl);
    const finish = await oidcSignIn(attacker, "admins-alice");
    expect(finish.headers.get("location") ?? "").not.toBe("/min-lederdialog");
    expect(attacker.has("ld_session")).toBe(false);
    const exported = await attacker.get("/min-lederdialog/mine-data.json");
    expect(exported.status).toBe(302);
    expect(await exported.text()).not.toContain(marker);
    const proofPath = await expectProofPage(finish, attacker, OIDC_SLUG);

    // Guessing her password on the proof page does not help.
    const wrong = await attacker.post(proofPath, { intent: "password", password: "not her password" });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Adgangskoden passer ikke");
    expect(attacker.has("ld_session")).toBe(false);
    // Asking for the link sends it to Alice, not to whoever asked.
    expect((await attacker.post(proofPath, { intent: "mail" })).status).toBe(200);
    const [proofMail] = await waitForMails("alice@oidc-link.example", 1);
    expect(proofMail?.text).toContain(`/sso/${OIDC_SLUG}/link/`);
    expect((await attacker.get("/min-lederdialog/mine-data.json")).status).toBe(302);
    expect(await linksOf("alice@oidc-link.example")).toEqual([]);
    // The mailed link works only in the browser that started the attempt.
    const link = new URL(/https?:\/\/\S+\/link\/[\w-]+/.exec(proofMail?.text ?? "")?.[0] ?? "");
    const elsewhere = await new CookieBrowser(baseUrl).get(link.pathname);
    expect(elsewhere.status).toBe(400);
    expect(await linksOf("alice@oidc-link.example")).toEqual([]);
  });

  it("Alice proves it with her password: signed in, linked and told by mail; later sign-ins go straight in", async () => {
    oidcProvider.accounts.alice = { email: "alice@oidc-link.example", email_verified: true, name: "Alice A" };
    const browser = new CookieBrowser(baseUrl);
    const before = mailsTo("alice@oidc-link.example").length;
    const proofPath = await expectProofPage(await oidcSignIn(browser, "alice"), browser, OIDC_SLUG);
    const page = await browser.get(proofPath);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="password"');
    const proved = await browser.post(proofPath, { intent: "password", password: PASSWORD });
    expect(proved.status).toBe(302);
    expect(browser.has("ld_session")).toBe(true);
    expect(await linksOf("alice@oidc-link.example")).toEqual([{ subject: "alice" }]);
    const exported = await browser.get("/min-lederdialog/mine-data.json");
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain(marker);
    const mails = await waitForMails("alice@oidc-link.example", before + 1);
    expect(mails.at(-1)?.subject).toBe("Din konto er forbundet med din organisations log-ind");
    expect(mails.at(-1)?.text).toContain(`${baseUrl}/min-lederdialog/sikkerhed`);

    const later = new CookieBrowser(baseUrl);
    const finish = await oidcSignIn(later, "alice");
    expect(finish.status).toBe(302);
    expect(finish.headers.get("location")).toBe("/min-lederdialog");
    expect(later.has("ld_session")).toBe(true);
  });

  it("SAML: an attacker's assertion for a password account gets no session either", async () => {
    const attacker = new CookieBrowser(baseUrl);
    const finish = await samlSignIn(attacker, {
      subject: "made-up-carl",
      email: "carl@saml-link.example",
      name: "Carl",
    });
    await expectProofPage(finish, attacker, SAML_SLUG);
    expect((await attacker.get("/min-lederdialog")).status).toBe(302);
    expect(await linksOf("carl@saml-link.example")).toEqual([]);
  });

  it("SAML: an imported person without a password proves it with the mailed link, in the same browser, once", async () => {
    const browser = new CookieBrowser(baseUrl);
    const user = { subject: "kombit-bo", email: "BO@saml-link.example", name: "Bo B." };
    const proofPath = await expectProofPage(await samlSignIn(browser, user), browser, SAML_SLUG);
    const page = await (await browser.get(proofPath)).text();
    expect(page).not.toContain('name="password"');
    expect((await browser.post(proofPath, { intent: "password", password: "x" })).status).toBe(400);
    expect((await browser.post(proofPath, { intent: "mail" })).status).toBe(200);
    const [proofMail] = await waitForMails("bo@saml-link.example", 1);
    expect(proofMail?.subject).toBe("Bekræft, at kontoen i Lederdialog er din");
    const link = new URL(/https?:\/\/\S+\/link\/[\w-]+/.exec(proofMail?.text ?? "")?.[0] ?? "");
    // Only the link's hash is stored.
    const stored = JSON.stringify(await database.db.selectFrom("sso_link_proofs").selectAll().execute());
    expect(stored).not.toContain(link.pathname.split("/").at(-1));

    const opened = await browser.get(link.pathname);
    expect(opened.status).toBe(302);
    expect(browser.has("ld_session")).toBe(true);
    await expectSignedIn(browser, "Bo Importeret");
    expect(await linksOf("bo@saml-link.example")).toEqual([{ subject: "kombit-bo" }]);
    const verified = await database.db
      .selectFrom("users")
      .select("email_verified_at")
      .where("email", "=", "bo@saml-link.example")
      .executeTakeFirstOrThrow();
    expect(verified.email_verified_at).not.toBeNull();
    const mails = await waitForMails("bo@saml-link.example", 2);
    expect(mails[1]?.subject).toBe("Din konto er forbundet med din organisations log-ind");

    // Single use: the same link again signs nobody in.
    const again = new CookieBrowser(baseUrl);
    for (const [name, value] of browser.cookies) if (name !== "ld_session") again.cookies.set(name, value);
    expect((await again.get(link.pathname)).status).toBe(410);
    expect(again.has("ld_session")).toBe(false);
  });

  it("an outsider who signed up first with a new colleague's address loses it when the colleague proves it by mail", async () => {
    // The outsider signs up with the address before its owner ever signs in (the proven domain puts
    // the account in the organisation), and keeps a session and a password of their own.
    const outsider = new CookieBrowser(baseUrl);
    const signedUp = await outsider.post("/opret-konto", {
      name: "Ny Kollega",
      email: "nyansat@saml-link.example",
      password: "outsiderens egen adgangskode",
    });
    expect(signedUp.status).toBe(302);
    expect(outsider.has("ld_session")).toBe(true);

    // The real colleague signs in through the organisation and proves the account with the mail.
    const colleague = new CookieBrowser(baseUrl);
    const user = { subject: "kombit-nyansat", email: "nyansat@saml-link.example", name: "Ny Kollega" };
    const proofPath = await expectProofPage(await samlSignIn(colleague, user), colleague, SAML_SLUG);
    expect((await colleague.post(proofPath, { intent: "mail" })).status).toBe(200);
    const proofMail = (await waitForMails("nyansat@saml-link.example", 2)).find(
      (mail) => mail.subject === "Bekræft, at kontoen i Lederdialog er din",
    );
    const link = new URL(/https?:\/\/\S+\/link\/[\w-]+/.exec(proofMail?.text ?? "")?.[0] ?? "");
    expect((await colleague.get(link.pathname)).status).toBe(302);
    expect(colleague.has("ld_session")).toBe(true);

    // The outsider's session and password are gone with it.
    expect((await outsider.get("/min-lederdialog/mine-data.json")).status).toBe(302);
    const again = await new CookieBrowser(baseUrl).post("/log-ind", {
      email: "nyansat@saml-link.example",
      password: "outsiderens egen adgangskode",
    });
    expect(again.status).toBe(401);
  });

  it("on “Log-ind og sikkerhed” Alice removes the link, and the next sign-in asks for proof again", async () => {
    const page = await alice.get("/min-lederdialog/sikkerhed");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Log-ind og sikkerhed");
    expect(html).toContain("OpenID Connect");
    const identityId = /name="identityId" value="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(identityId).not.toBe("");
    // Nobody else can remove it.
    const carl = await new AppClient(baseUrl).signIn("carl@saml-link.example", PASSWORD);
    expect(
      (await carl.post("/min-lederdialog/sikkerhed", { intent: "removeIdentity", identityId })).status,
    ).toBe(404);
    expect(await linksOf("alice@oidc-link.example")).toEqual([{ subject: "alice" }]);
    const removed = await alice.post("/min-lederdialog/sikkerhed", { intent: "removeIdentity", identityId });
    expect(removed.status).toBe(302);
    expect(await linksOf("alice@oidc-link.example")).toEqual([]);

    const browser = new CookieBrowser(baseUrl);
    await expectProofPage(await oidcSignIn(browser, "alice"), browser, OIDC_SLUG);
  });

  it("ending a session on the page signs that browser out; “all others” ends the rest", async () => {
    const laptop = await new AppClient(baseUrl).signIn("carl@saml-link.example", PASSWORD);
    const phone = await new AppClient(baseUrl).signIn("carl@saml-link.example", PASSWORD);
    const tablet = await new AppClient(baseUrl).signIn("carl@saml-link.example", PASSWORD);
    const html = await (await laptop.get("/min-lederdialog/sikkerhed")).text();
    expect(html).toContain("Denne browser");
    const sessionIds = [...html.matchAll(/name="sessionId" value="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(sessionIds.length).toBeGreaterThanOrEqual(2);
    // The page lists recent sign-ins with their method.
    expect(html).toContain("Adgangskode");

    // Which one is the phone: the one whose ending signs the phone out.
    let ended = false;
    for (const sessionId of sessionIds) {
      const answer = await laptop.post("/min-lederdialog/sikkerhed", { intent: "endSession", sessionId });
      expect(answer.status).toBe(302);
      if ((await phone.get("/min-lederdialog")).status === 302) {
        ended = true;
        break;
      }
    }
    expect(ended).toBe(true);
    expect((await laptop.get("/min-lederdialog")).status).toBe(200);
    expect((await laptop.post("/min-lederdialog/sikkerhed", { intent: "endOtherSessions" })).status).toBe(
      302,
    );
    expect((await tablet.get("/min-lederdialog")).status).toBe(302);
    expect((await laptop.get("/min-lederdialog")).status).toBe(200);
  });
});
