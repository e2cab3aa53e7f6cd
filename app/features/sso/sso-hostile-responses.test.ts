import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SSO_ATTEMPT_LIMITS } from "~/features/sso/count-sso-attempt.server";
import { saveSsoSettings } from "~/features/sso/save-sso-settings.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { type AppProcess, freePort, startApp } from "../../../tests/support/app-process";
import { startTestDnsServer, type TestDnsServer } from "../../../tests/support/dns-server";
import { type SamlIdp, samlRequestIdOf, startSamlIdp } from "../../../tests/support/saml-idp";
import {
  createTestDatabase,
  dialects,
  type TestDatabase,
  testTextKeyBase64,
} from "../../../tests/support/test-database";
import { proveEmailDomain } from "../../../tests/support/verified-domain";

// Issue 13, finding 11, against the production build as `npm start` runs it: one anonymous SAML
// response with a made-up signature and thousands of empty siblings kept node-saml's XPath busy,
// and the whole server with it. Now it is validated in a worker thread (which must work from the
// bundle: the last test signs in through it), so the server answers others meanwhile.

const SLUG = "saml-kommune";

/** What the attacker posts: our request's InResponseTo, a signature that signs nothing, and padding. */
function hostileResponse(options: { inResponseTo: string; acsUrl: string; siblings: number }): string {
  const signature =
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>' +
    '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>' +
    '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>' +
    '<ds:Reference URI="#_hostile"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></ds:Transforms>' +
    '<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference>' +
    "</ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>";
  const xml =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_hostile" Version="2.0" IssueInstant="${new Date().toISOString()}" Destination="${options.acsUrl}" InResponseTo="${options.inResponseTo}">` +
    `<saml:Issuer>https://idp.example</saml:Issuer>${signature}` +
    `<samlp:Extensions>${"<a/>".repeat(options.siblings)}</samlp:Extensions>` +
    '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:Response>';
  return Buffer.from(xml).toString("base64");
}

for (const dialect of ["sqlite", "postgres"] as const) {
  describe.skipIf(!dialects.includes(dialect))(`hostile SAML responses on the built app [${dialect}]`, () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-saml-"));
    let database: TestDatabase;
    let app: AppProcess;
    let dns: TestDnsServer;
    let samlIdp: SamlIdp;

    beforeAll(async () => {
      samlIdp = await startSamlIdp();
      database = await createTestDatabase(dialect, { sqliteFile: path.join(dataDir, "lederdialog.sqlite") });
      const organisationId = newId();
      await database.db
        .insertInto("organisations")
        .values({ id: organisationId, name: SLUG, slug: SLUG, created_at: nowDbTime() })
        .execute();
      // The organisation's domain is proven (decision 024), so its people may sign in through SAML.
      dns = await startTestDnsServer();
      await proveEmailDomain(database.db, dns, { organisationId, domain: "saml.example" });
      const saved = await saveSsoSettings(database.db, organisationId, {
        protocol: "saml",
        oidcIssuer: undefined,
        oidcClientId: undefined,
        oidcClientSecret: undefined,
        samlEntryPoint: samlIdp.ssoUrl,
        samlIdpIssuer: samlIdp.entityId,
        samlIdpCertificate: samlIdp.certificate,
        isPasswordSignInAllowed: "on",
      });
      expect(saved).toEqual({ ok: true });
      const port = String(await freePort());
      app = await startApp({
        DATA_DIR: dataDir,
        PORT: port,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        TEXT_ENCRYPTION_KEY: testTextKeyBase64,
        ...(dialect === "sqlite" ? { SQLITE_FILE: database.location } : { DATABASE_URL: database.location }),
      });
    });
    afterAll(async () => {
      await app?.stop();
      await dns?.close();
      await database?.destroy();
      await samlIdp?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    /** GET /sso/<slug> as a browser: where the identity provider is, and the attempt's cookie. */
    async function startSignIn() {
      const response = await fetch(`${app.baseUrl}/sso/${SLUG}`, { redirect: "manual" });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get("location") ?? "");
      const cookie = response.headers.get("set-cookie")?.split(";")[0] ?? "";
      return { location, cookie, relayState: location.searchParams.get("RelayState") ?? "" };
    }

    function postToAcs(fields: { SAMLResponse: string; RelayState: string }, cookie = "") {
      return fetch(`${app.baseUrl}/sso/${SLUG}/saml`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept-Language": "da",
          // The identity provider's page posts it: a cross-site form.
          Origin: new URL(samlIdp.ssoUrl).origin,
          "Sec-Fetch-Site": "cross-site",
          ...(cookie ? { Cookie: cookie } : {}),
        },
        body: new URLSearchParams(fields).toString(),
      });
    }

    it("answers other requests while hostile responses are being refused", async () => {
      const acsUrl = `${app.baseUrl}/sso/${SLUG}/saml`;
      // Just inside the ACS's limits (size and element budget), so the responses reach validation.
      const attempts = await Promise.all([startSignIn(), startSignIn(), startSignIn()]);
      const order: string[] = [];
      const hostile = attempts.map(async (attempt) => {
        const response = await postToAcs({
          SAMLResponse: hostileResponse({
            inResponseTo: samlRequestIdOf(attempt.location),
            acsUrl,
            siblings: 980,
          }),
          RelayState: attempt.relayState,
        });
        await response.text();
        order.push("hostile");
        return response.status;
      });
      let answered = true;
      const others = (async () => {
        // Asked one after another while the hostile responses are pending.
        while (answered && !order.includes("hostile")) {
          const health = await fetch(`${app.baseUrl}/healthz`);
          answered = health.ok;
          await health.text();
          if (!order.includes("hostile")) order.push("healthz");
        }
      })();
      const statuses = await Promise.all(hostile);
      await others;
      expect(answered).toBe(true);
      // Each is refused the ordinary way: to the finish step, which shows the failure.
      expect(statuses).toEqual([303, 303, 303]);
      expect(order.slice(0, 3)).toEqual(["healthz", "healthz", "healthz"]);
      for (const attempt of attempts) {
        const finish = await fetch(`${app.baseUrl}/sso/${SLUG}/fuldfoer/${attempt.relayState}`, {
          headers: { Cookie: attempt.cookie, "Accept-Language": "da" },
        });
        expect(finish.status).toBe(401);
        expect(await finish.text()).toContain("Svaret fra din organisations log-ind kunne ikke godkendes");
      }
      // Each may take the worker up to its time limit on a busy machine; the order is what counts.
    }, 60_000);

    it("refuses a body over 64 KB at once, with a translated 413", async () => {
      const attempt = await startSignIn();
      // The shape from the finding: 40,000 empty siblings, 243 KiB.
      const response = await postToAcs({
        SAMLResponse: hostileResponse({
          inResponseTo: samlRequestIdOf(attempt.location),
          acsUrl: `${app.baseUrl}/sso/${SLUG}/saml`,
          siblings: 40_000,
        }),
        RelayState: attempt.relayState,
      });
      expect(response.status).toBe(413);
      expect(await response.text()).toContain("Svaret var for stort");
    });

    it("signs in with a real response, validated in the worker of the build", async () => {
      const attempt = await startSignIn();
      const form = await samlIdp.respond(attempt.location, {
        subject: "kombit-build",
        email: "bygget@saml.example",
        name: "Bygget",
      });
      const posted = await postToAcs({ SAMLResponse: form.samlResponse, RelayState: form.relayState });
      expect(posted.status).toBe(303);
      const finish = await fetch(new URL(posted.headers.get("location") ?? "", app.baseUrl), {
        redirect: "manual",
        headers: { Cookie: attempt.cookie },
      });
      expect(finish.status).toBe(302);
      expect(finish.headers.get("location")).toBe("/min-lederdialog");
      expect(finish.headers.get("set-cookie")).toMatch(/ld_session=/);
    });

    it("answers the start over the limit per address with a translated 429", async () => {
      let last: Response | undefined;
      // The limit counts in fixed one-minute windows: a run that crosses a minute's turn starts a
      // new window once, so twice the limit and one more always meets it.
      for (let attempt = 0; attempt < 2 * SSO_ATTEMPT_LIMITS.perAddress + 1; attempt++) {
        last = await fetch(`${app.baseUrl}/sso/${SLUG}`, {
          redirect: "manual",
          headers: { "Accept-Language": "da" },
        });
        if (last.status === 429) break;
        await last.text();
      }
      expect(last?.status).toBe(429);
      expect(await last?.text()).toContain("Der har været for mange forsøg på at logge ind herfra");
    });
  });
}
