import { randomInt } from "node:crypto";
import { DOMParser } from "@xmldom/xmldom";
import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";

/** RSA-3072 key pairs are made on the way: on a busy machine a test may take its time. */
const SLOW = { timeout: 90_000 };

import { action as adminSsoAction, loader as adminSsoLoader } from "~/features/sso/admin-sso.route";
import { beginSsoSignIn, finishSsoSignIn, receiveSamlResponse } from "~/features/sso/sso-flow.server";
import { loader as metadataLoader } from "~/features/sso/sso-saml-metadata.route";
import { createUser } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import type { DB } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import { nowDbTime } from "~/platform/db/time.server";
import { createMailer, type Mailer } from "~/platform/mail/mailer.server";
import { startTestDnsServer, type TestDnsServer } from "../../../tests/support/dns-server";
import { answerOf, ROUTE_CALL_URL, routeCall } from "../../../tests/support/route-call";
import {
  type ResponseOverrides,
  type SamlIdp,
  type SamlUser,
  startSamlIdp,
} from "../../../tests/support/saml-idp";
import { type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";
import { proveEmailDomain } from "../../../tests/support/verified-domain";

// Issue 14, item 5: SAML as OIOSAML 3 and KOMBIT's Context Handler want it. The identity provider is
// samlify, set to require signed AuthnRequests (it verifies the redirect's signature against the
// signing certificates it reads in our metadata) and to encrypt every assertion to an encryption
// certificate from our metadata. It has two signing keys of its own, for rollover.

const publicUrl = new URL(ROUTE_CALL_URL);
const config = { publicUrl, sessionSecret: "s".repeat(32) } as Config;
const log = pino({ level: process.env.TEST_LOG ?? "silent" });
const SLUG = "oiosaml-kommune";
const MD_NS = "urn:oasis:names:tc:SAML:2.0:metadata";
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

let idp: SamlIdp;
let dns: TestDnsServer;
let inbox: SmtpInbox;
let mailer: Mailer;
beforeAll(async () => {
  idp = await startSamlIdp({ requireSignedRequests: true, encryptAssertions: true, signingKeys: 2 });
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
  await idp.close();
  await dns.close();
  await inbox.close();
});

/** The form's fields as the browser sends them (multipart, since the page has a file input). */
function settingsForm(fields: Record<string, string>, file?: { name: string; text: string }): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  if (file) body.set("samlIdpMetadataFile", new File([file.text], file.name, { type: "text/xml" }));
  return new Request(new URL("/admin/log-ind", ROUTE_CALL_URL), {
    method: "POST",
    headers: { Origin: ROUTE_CALL_URL },
    body,
  });
}

const samlFields = (extra: Record<string, string>) => ({
  protocol: "saml",
  isPasswordSignInAllowed: "on",
  ...extra,
});

describeEachDialect("SAML for OIOSAML 3 and KOMBIT's Context Handler", (getDb) => {
  const services = () => ({ db: getDb(), config, log, mailer });
  let organisationId: string;
  let admin: { id: string; organisation_id: string; email: string; name: string; locale: string | null };

  async function createOrganisation(db: DB): Promise<string> {
    const id = newId();
    await db
      .insertInto("organisations")
      .values({ id, name: "Oiosaml Kommune", slug: SLUG, created_at: nowDbTime() })
      .execute();
    return id;
  }

  const call = () => routeCall({ db: getDb(), mailer, user: admin, roles: ["admin"] });
  const post = (request: Request) =>
    answerOf(() => adminSsoAction({ request, context: call().context, params: {} } as never));
  const keyIntent = (intent: string) => post(settingsForm({ intent }));
  const connection = () =>
    getDb()
      .selectFrom("sso_connections")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .executeTakeFirst();

  async function spMetadata(): Promise<string> {
    const answer = await answerOf(() =>
      metadataLoader({
        request: new Request(new URL(`/sso/${SLUG}/saml/metadata.xml`, ROUTE_CALL_URL)),
        params: { slug: SLUG },
        context: call().context,
      } as never),
    );
    expect(answer.status).toBe(200);
    return answer.body as string;
  }

  /** The certificates (base64 bodies) that the metadata publishes for a use. */
  function publishedCertificates(xml: string, use: "signing" | "encryption"): string[] {
    const document = new DOMParser().parseFromString(xml, "text/xml");
    return Array.from(document.getElementsByTagNameNS(MD_NS, "KeyDescriptor"))
      .filter((descriptor) => descriptor.getAttribute("use") === use)
      .map((descriptor) => (descriptor.textContent ?? "").replace(/\s+/g, ""));
  }

  async function samlSignIn(user: SamlUser, overrides?: ResponseOverrides) {
    const started = await beginSsoSignIn(services(), {
      slug: SLUG,
      redirectTo: "/min-lederdialog",
      meta: { ip: someAddress(), userAgent: "vitest" },
    });
    const form = await idp.respond(started.location, user, overrides);
    const next = await receiveSamlResponse(services(), {
      slug: SLUG,
      samlResponse: form.samlResponse,
      relayState: form.relayState,
      meta: { ip: someAddress(), userAgent: "vitest" },
    });
    const result = await finishSsoSignIn(services(), {
      slug: SLUG,
      signInId: decodeURIComponent(next.pathname.split("/").at(-1) ?? ""),
      browserKey: started.browserKey,
      meta: { ip: "127.0.0.1", userAgent: "vitest" },
      locale: "da",
    });
    return { result, samlResponse: form.samlResponse, signedBy: idp.lastRequestSignedBy };
  }
  const outcome = (result: Awaited<ReturnType<typeof samlSignIn>>["result"]) =>
    result.ok ? "signed in" : "failure" in result ? result.failure : "proof needed";

  beforeAll(async () => {
    organisationId = await createOrganisation(getDb());
    await proveEmailDomain(getDb(), dns, { organisationId, domain: "oiosaml.example" });
    const user = await createUser(getDb(), {
      organisationId,
      email: "admin@oiosaml.example",
      name: "Admin",
      passwordHash: null,
      roles: ["admin"],
    });
    admin = {
      id: user.id,
      organisation_id: organisationId,
      email: user.email,
      name: user.name,
      locale: null,
    };
  });

  it(
    "the identity provider's metadata, pasted, fills in the entry point, entity ID and both certificates",
    SLOW,
    async () => {
      const saved = await post(
        settingsForm(samlFields({ samlIdpMetadata: idp.metadata(), samlContactEmail: "it@oiosaml.example" })),
      );
      expect(saved).toMatchObject({ status: 302, location: "/admin/log-ind" });
      const stored = await connection();
      expect(stored).toMatchObject({
        protocol: "saml",
        // The HTTP-Redirect binding's address, not the POST one listed first.
        saml_entry_point: idp.ssoUrl,
        saml_idp_issuer: idp.entityId,
        saml_contact_email: "it@oiosaml.example",
      });
      const certificates = (stored?.saml_idp_certificate ?? "").match(/-----BEGIN CERTIFICATE-----/g);
      expect(certificates).toHaveLength(2);
    },
  );

  it(
    "our metadata: AuthnRequestsSigned, signing and encryption keys, NameIDFormat and a contact; the private key is sealed and never shown",
    SLOW,
    async () => {
      const xml = await spMetadata();
      const document = new DOMParser().parseFromString(xml, "text/xml");
      const descriptor = document.getElementsByTagNameNS(MD_NS, "SPSSODescriptor").item(0);
      expect(descriptor?.getAttribute("AuthnRequestsSigned")).toBe("true");
      expect(descriptor?.getAttribute("WantAssertionsSigned")).toBe("true");
      expect(publishedCertificates(xml, "signing")).toHaveLength(1);
      expect(publishedCertificates(xml, "encryption")).toEqual(publishedCertificates(xml, "signing"));
      expect(document.getElementsByTagNameNS(MD_NS, "NameIDFormat").item(0)?.textContent).toBe(
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      );
      const contact = document.getElementsByTagNameNS(MD_NS, "ContactPerson").item(0);
      expect(contact?.getAttribute("contactType")).toBe("technical");
      expect(contact?.getElementsByTagNameNS(MD_NS, "EmailAddress").item(0)?.textContent).toBe(
        "mailto:it@oiosaml.example",
      );
      expect(xml).not.toContain("PRIVATE KEY");

      const raw = await getDb()
        .withoutPlugins()
        .selectFrom("saml_service_keys")
        .select(["private_key", "role"])
        .where("organisation_id", "=", organisationId)
        .execute();
      expect(raw.map((key) => key.role)).toEqual(["current"]);
      expect(raw[0]?.private_key).toMatch(/^ld1\./);
      expect(raw[0]?.private_key).not.toContain("PRIVATE KEY");
      const page = await answerOf(() =>
        adminSsoLoader({
          request: new Request(new URL("/admin/log-ind", ROUTE_CALL_URL)),
          context: call().context,
          params: {},
        } as never),
      );
      expect(JSON.stringify(page.body)).not.toContain("PRIVATE KEY");
      expect(JSON.stringify(page.body)).not.toContain(raw[0]?.private_key);
    },
  );

  it("signs in with a SHA-256-signed AuthnRequest and an encrypted assertion", SLOW, async () => {
    idp.serviceProviderMetadata = await spMetadata();
    const { result, samlResponse, signedBy } = await samlSignIn({
      subject: "kombit-anna",
      email: "anna@oiosaml.example",
      name: "Anna",
    });
    expect(outcome(result)).toBe("signed in");
    expect(signedBy).toBe(publishedCertificates(idp.serviceProviderMetadata, "signing")[0]);
    const xml = Buffer.from(samlResponse, "base64").toString("utf8");
    expect(xml).toContain("EncryptedAssertion");
    expect(xml).not.toContain("anna@oiosaml.example");
    // The SHA-256 rule (decision 025) also holds for the signature inside the encryption.
    const sha1 = await samlSignIn(
      { subject: "kombit-sha1", email: "sha1@oiosaml.example", name: "S" },
      {
        signatureAlgorithm: "sha1",
      },
    );
    expect(outcome(sha1.result)).toBe("rejected");
  });

  it(
    "accepts an assertion signed by any of the identity provider's certificates, and no other",
    SLOW,
    async () => {
      const bent = { subject: "kombit-bent", email: "bent@oiosaml.example", name: "Bent" };
      expect(outcome((await samlSignIn(bent, { signingKeyIndex: 1 })).result)).toBe("signed in");
      expect(outcome((await samlSignIn(bent, { signingKeyIndex: 1 })).result)).toBe("signed in");
      expect(outcome((await samlSignIn(bent, { signedBy: "rogue" })).result)).toBe("rejected");
      // A link belongs to the certificate that made it (decision 023): the other one's holder gets
      // no session for Bent's account without his proof.
      expect(outcome((await samlSignIn(bent, { signingKeyIndex: 0 })).result)).toBe("proof needed");
    },
  );

  it(
    "rotates our key in three steps; the previous key still decrypts until it is removed",
    SLOW,
    async () => {
      const before = await spMetadata();
      const [oldKey] = publishedCertificates(before, "encryption");
      const carl = { subject: "kombit-carl", email: "carl@oiosaml.example", name: "Carl" };

      expect(await keyIntent("prepareKey")).toMatchObject({ status: 302 });
      const prepared = await spMetadata();
      expect(publishedCertificates(prepared, "signing")).toHaveLength(2);
      expect(publishedCertificates(prepared, "encryption")).toHaveLength(2);
      const newKey = publishedCertificates(prepared, "encryption").find((key) => key !== oldKey);
      idp.serviceProviderMetadata = prepared;
      // Not in use yet: requests are still signed with the old key; an assertion for the new one decrypts.
      const waiting = await samlSignIn(carl, { encryptTo: newKey });
      expect(outcome(waiting.result)).toBe("signed in");
      expect(waiting.signedBy).toBe(oldKey);

      expect(await keyIntent("activateKey")).toMatchObject({ status: 302 });
      const activated = await spMetadata();
      // The previous key signs no more, but is still published for encryption, after the current one.
      expect(publishedCertificates(activated, "signing")).toEqual([newKey]);
      expect(publishedCertificates(activated, "encryption")).toEqual([newKey, oldKey]);
      idp.serviceProviderMetadata = activated;
      const signedWithNew = await samlSignIn(carl);
      expect(outcome(signedWithNew.result)).toBe("signed in");
      expect(signedWithNew.signedBy).toBe(newKey);
      // An identity provider that has not read the new metadata yet still encrypts to the old key.
      expect(outcome((await samlSignIn(carl, { encryptTo: oldKey })).result)).toBe("signed in");

      expect(await keyIntent("removePreviousKey")).toMatchObject({ status: 302 });
      const removed = await spMetadata();
      expect(publishedCertificates(removed, "encryption")).toEqual([newKey]);
      expect(outcome((await samlSignIn(carl, { encryptTo: oldKey })).result)).toBe("rejected");
      const roles = await getDb()
        .selectFrom("saml_service_keys")
        .select("role")
        .where("organisation_id", "=", organisationId)
        .execute();
      expect(roles.map((key) => key.role)).toEqual(["current"]);
    },
  );

  it("bad metadata gets a message naming what is wrong, and nothing of it is saved", SLOW, async () => {
    const good = idp.metadata();
    const before = await connection();
    const cases: Record<string, string> = {
      "a DOCTYPE with an entity": `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>${good}`,
      "not XML": "<EntityDescriptor",
      "not metadata": "<html><body>Log ind</body></html>",
      "no entityID": good.replace(/ entityID="[^"]*"/, ""),
      "only the POST binding": good.replace(
        /<[^<>]*SingleSignOnService[^<>]*HTTP-Redirect[^<>]*>(<\/[^<>]*SingleSignOnService>)?/,
        "",
      ),
      "no signing certificate": good.replace(/<[^<]*KeyDescriptor[\s\S]*<\/[^<]*KeyDescriptor>/, ""),
      "a broken certificate": good.replace(/(X509Certificate>)MII/, "$1XXX"),
      "plain http": good.replaceAll(idp.ssoUrl, "http://idp.example/sso"),
    };
    const errors: Record<string, unknown> = {};
    for (const [name, metadata] of Object.entries(cases)) {
      const answer = await post(settingsForm(samlFields({ samlIdpMetadata: metadata })));
      const reply = (answer.body as { result?: { error?: Record<string, string[]> } }).result;
      errors[name] = [answer.status, reply?.error?.samlIdpMetadata];
    }
    const tooLarge = await post(
      settingsForm(samlFields({}), { name: "stor.xml", text: `${good}<!--${"x".repeat(300_000)}-->` }),
    );
    errors["too large"] = [
      tooLarge.status,
      (tooLarge.body as { result?: { error?: Record<string, string[]> } }).result?.error?.samlIdpMetadata,
    ];
    const key = (code: string) => [`samlSetup.metadataErrors.${code}`];
    expect(errors).toEqual({
      "a DOCTYPE with an entity": [422, key("doctype")],
      "not XML": [422, key("notXml")],
      "not metadata": [422, key("noEntityDescriptor")],
      "no entityID": [422, key("noEntityId")],
      "only the POST binding": [422, key("noRedirectService")],
      "no signing certificate": [422, key("noSigningCertificate")],
      "a broken certificate": [422, key("certificateInvalid")],
      "plain http": [422, key("serviceNotHttps")],
      "too large": [413, key("tooLarge")],
    });
    expect(await connection()).toEqual(before);

    // The same metadata uploaded as a file is taken as if pasted.
    const uploaded = await post(
      settingsForm(samlFields({ samlContactEmail: "it@oiosaml.example" }), { name: "idp.xml", text: good }),
    );
    expect(uploaded).toMatchObject({ status: 302 });
    expect(await connection()).toMatchObject({ saml_entry_point: idp.ssoUrl, saml_idp_issuer: idp.entityId });
  });
});
