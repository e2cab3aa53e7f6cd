import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/seeding/seed-demo-organisation";
import { AppClient, expectStatus } from "../support/app-client";
import { type AppProcess, freePort, startApp } from "../support/app-process";
import { DEMO_EMAILS } from "../support/demo-fixture";
import { startTestDnsServer, type TestDnsServer } from "../support/dns-server";
import { type SamlIdp, startSamlIdp } from "../support/saml-idp";

// Issue 13, finding 4: `redirectTo=/.//evil.test` answered `Location: //evil.test`, because the
// check ran before the URL was normalised. Each route that follows a redirectTo is asked with it
// and its friends, through the production build, and must answer a Location on its own site.

const ATTACKS = [
  "/.//evil.test",
  "/./\\evil.test",
  "/%2e//evil.test",
  "/%2E%2e//evil.test",
  "/a/..//evil.test",
  "/..//evil.test",
  "/.\t//evil.test",
  "/.\n/\\evil.test",
  "///evil.test",
  "https://evil.test/",
];
const SSO_DOMAIN = "redirect-saml.example";

let app: AppProcess;
let samlIdp: SamlIdp;
let dns: TestDnsServer;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-redirect-"));

beforeAll(async () => {
  samlIdp = await startSamlIdp();
  dns = await startTestDnsServer();
  const port = await freePort();
  app = await startApp(
    {
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      REMINDER_INTERVAL_SECONDS: "3600",
      DNS_SERVERS: dns.address,
    },
    "demo",
  );
  // The demo organisation's administrator proves the SSO domain (its TXT record on the test DNS
  // server, decision 024) and connects the test SAML identity provider.
  const admin = await new AppClient(app.baseUrl).signIn(DEMO_EMAILS.admin, DEMO_PASSWORD);
  await expectStatus(
    await admin.post("/admin/log-ind/domaener", { intent: "add", domain: SSO_DOMAIN }),
    302,
    "the administrator adds the domain",
  );
  const page = await (await admin.get("/admin/log-ind/domaener")).text();
  const token = page.match(/lederdialog-verification=[0-9a-f]+/)?.[0];
  if (!token) throw new Error("the domain page shows no TXT record to publish");
  dns.txt.set(`_lederdialog.${SSO_DOMAIN}`, [token]);
  await expectStatus(
    await admin.post("/admin/log-ind/domaener", { intent: "check", domain: SSO_DOMAIN }),
    302,
    "the administrator checks the domain",
  );
  await expectStatus(
    await admin.post("/admin/log-ind", {
      protocol: "saml",
      samlEntryPoint: samlIdp.ssoUrl,
      samlIdpIssuer: samlIdp.entityId,
      samlIdpCertificate: samlIdp.certificate,
      isPasswordSignInAllowed: "on",
    }),
    302,
    "the administrator saves SAML",
  );
});
afterAll(async () => {
  await app?.stop();
  await samlIdp?.close();
  await dns?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The browser resolves a Location against the page it is on: it must stay on the app's origin. */
function expectOwnSite(location: string | null, step: string): void {
  expect(location, `${step}: a Location`).toBeTruthy();
  const base = `${app.baseUrl}/log-ind?x=1`;
  expect(new URL(location ?? "", base).origin, `${step}: ${JSON.stringify(location)}`).toBe(app.baseUrl);
  expect(location, step).toMatch(/^\/(?![/\\])/);
}

/** A redirectTo handed on in a Location (to the sign-in page, to /sso/…) must be safe too. */
function expectOwnSiteNested(location: string | null, step: string): void {
  expectOwnSite(location, step);
  const nested = new URL(location ?? "", app.baseUrl).searchParams.get("redirectTo");
  if (nested !== null) expectOwnSite(nested, `${step} (handed on)`);
}

describe.each(ATTACKS)("redirectTo=%j", (attack) => {
  it("sign-in answers a Location on the app's own site", async () => {
    const response = await new AppClient(app.baseUrl).post("/log-ind", {
      email: DEMO_EMAILS.owner,
      password: DEMO_PASSWORD,
      redirectTo: attack,
    });
    expect(response.status).toBe(302);
    expectOwnSite(response.headers.get("location"), "sign-in");
  });

  it("sign-up answers a Location on the app's own site", async () => {
    const response = await new AppClient(app.baseUrl).post("/opret-konto", {
      name: "Rie Retning",
      email: `retning-${randomBytes(6).toString("hex")}@kommune.dk`,
      password: "en god lang adgangssætning",
      redirectTo: attack,
    });
    expect(response.status).toBe(302);
    expectOwnSite(response.headers.get("location"), "sign-up");
  });

  it("the language change answers a Location on the app's own site", async () => {
    const response = await new AppClient(app.baseUrl).post("/sprog", { locale: "en", redirectTo: attack });
    expect(response.status).toBe(302);
    expectOwnSite(response.headers.get("location"), "set-language");
  });

  it("sign-out hands on only a redirectTo on the app's own site", async () => {
    const response = await new AppClient(app.baseUrl).post("/log-ud", { redirectTo: attack });
    expect(response.status).toBe(302);
    expectOwnSiteNested(response.headers.get("location"), "sign-out");
  });

  it("single sign-on, from the sign-in page to the finish, ends on the app's own site", async () => {
    const browser = new AppClient(app.baseUrl);
    const toSso = await browser.post("/log-ind", {
      intent: "sso",
      email: `person@${SSO_DOMAIN}`,
      redirectTo: attack,
    });
    expect(toSso.status).toBe(302);
    expectOwnSiteNested(toSso.headers.get("location"), "sign-in → SSO");

    // /sso/<slug> itself, asked directly with the attack (a link someone was sent).
    const start = await browser.get(`/sso/demo?redirectTo=${encodeURIComponent(attack)}`);
    expect(start.status).toBe(302);
    browser.cookie = start.headers.get("set-cookie")?.split(";")[0] ?? "";
    const form = await samlIdp.respond(start.headers.get("location") ?? "", {
      subject: `saml-${randomBytes(6).toString("hex")}`,
      email: `ny-${randomBytes(6).toString("hex")}@${SSO_DOMAIN}`,
      name: "Sam Saml",
    });
    const acs = await fetch(form.acsUrl, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ SAMLResponse: form.samlResponse, RelayState: form.relayState }),
    });
    expect(acs.status).toBe(303);
    const finish = await browser.get(acs.headers.get("location") ?? "");
    expect(finish.status).toBe(302);
    expectOwnSite(finish.headers.get("location"), "SSO finish");
  });
});

it("a local path with its query and fragment still leads there", async () => {
  const response = await new AppClient(app.baseUrl).post("/log-ind", {
    email: DEMO_EMAILS.owner,
    password: DEMO_PASSWORD,
    redirectTo: "/min-lederdialog/dialog?delt=1#deling",
  });
  expect(response.headers.get("location")).toBe("/min-lederdialog/dialog?delt=1#deling");
});
