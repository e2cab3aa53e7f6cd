import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
// samlify's helpers are CommonJS getters that `import * as` cannot see: the default import is needed.
import samlify from "samlify";

/*
 * A real SAML 2.0 identity provider for the tests: samlify signs each response (assertion and
 * envelope, RSA-SHA256) with a certificate that openssl makes for this run. The AuthnRequest is read
 * with xmldom rather than samlify's parser, which would need a slow XML-schema validator and is not
 * what is under test. `respond` builds the answer to one request; with `listen`, GET /sso answers a
 * browser with the auto-posting form that real identity providers use.
 *
 * As OIOSAML 3 (KOMBIT's Context Handler) it can also require signed AuthnRequests and encrypt its
 * assertions (issue 14): it then reads the service provider's metadata (`serviceProviderMetadata`)
 * with samlify, verifies the redirect's signature with samlify against the signing certificates
 * found there, and encrypts to the first encryption certificate (or the one a test names).
 */

export interface SamlUser {
  subject: string;
  email: string;
  name: string;
}

/** Ways to make a response wrong, one at a time, to see the service refuse it. */
export interface ResponseOverrides {
  signedBy?: "idp" | "rogue";
  audience?: string;
  recipient?: string;
  destination?: string;
  issuer?: string;
  inResponseTo?: string;
  /** The response was issued this many milliseconds ago (an old one is expired). */
  ageMs?: number;
  /** Changes the XML after signing. */
  tamper?: (xml: string) => string;
  /** Changes the template before signing: the identity provider itself says something odd. */
  reshape?: (template: string) => string;
  /** The top-level StatusCode (Success unless given). */
  status?: string;
  /** How long the assertion says it is valid (5 minutes unless given). */
  lifetimeMs?: number;
  /** Signs with RSA-SHA1 and SHA-1 digests instead of RSA-SHA256. */
  signatureAlgorithm?: "sha1";
  /** The shape of an IdP-initiated response: no InResponseTo anywhere. */
  isUnsolicited?: boolean;
  /** The assertion's ID (a fresh one unless given). */
  assertionId?: string;
  /** The service provider's certificate to encrypt to (PEM body or PEM), instead of the first. */
  encryptTo?: string;
  /** Which of the identity provider's keys signs (the first unless given): rollover tests. */
  signingKeyIndex?: number;
}

export interface SamlResponseForm {
  acsUrl: string;
  samlResponse: string;
  relayState: string;
}

export interface SamlIdpOptions {
  listen?: boolean;
  /** Refuse an AuthnRequest whose redirect is not signed by a signing key in the SP's metadata. */
  requireSignedRequests?: boolean;
  /** Encrypt each assertion to an encryption certificate in the SP's metadata. */
  encryptAssertions?: boolean;
  /** How many signing keys the identity provider has (rollover); 1 unless given. */
  signingKeys?: number;
}

export interface SamlIdp {
  entityId: string;
  ssoUrl: string;
  certificate: string;
  /** Every signing certificate, the first being `certificate`. */
  certificates: string[];
  /** The identity provider's own metadata, as an administrator would download it. */
  metadata(): string;
  /** The service provider's metadata, which OIOSAML mode reads (the test fetches it from the app). */
  serviceProviderMetadata: string | null;
  /** The SP signing certificate (base64 body) that verified the last request, in OIOSAML mode. */
  lastRequestSignedBy: string | null;
  /** The user GET /sso signs in (the test sets it before each browser sign-in). */
  user: SamlUser;
  respond(
    authorizeUrl: string | URL,
    user: SamlUser,
    overrides?: ResponseOverrides,
  ): Promise<SamlResponseForm>;
  close(): Promise<void>;
}

const PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
const ATTRIBUTE_FORMAT = "urn:oasis:names:tc:SAML:2.0:attrname-format:basic";
const AUTHN_STATEMENT =
  '<saml:AuthnStatement AuthnInstant="{IssueInstant}" SessionIndex="{SessionIndex}"><saml:AuthnContext>' +
  "<saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport" +
  "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>";

function makeCertificate(name: string): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "saml-idp-"));
  try {
    const key = path.join(dir, "key.pem");
    const cert = path.join(dir, "cert.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        `/CN=${name}`,
        "-keyout",
        key,
        "-out",
        cert,
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ID of the AuthnRequest in a redirect to the identity provider: what InResponseTo must answer. */
export function samlRequestIdOf(authorizeUrl: URL): string {
  return readAuthnRequest(authorizeUrl).id;
}

/**
 * What an attacker does with an assertion he captured: puts it, signature intact, into an envelope
 * of his own (no signature) that answers his own request.
 */
export function wrapAssertion(
  samlResponse: string,
  envelope: { inResponseTo: string; destination: string; issuer: string },
): string {
  const xml = Buffer.from(samlResponse, "base64").toString("utf8");
  const assertion = /<saml:Assertion[\s>][\s\S]*<\/saml:Assertion>/.exec(xml)?.[0];
  if (!assertion) throw new Error("no assertion in the response");
  const wrapped =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" IssueInstant="${new Date().toISOString()}" Destination="${envelope.destination}" InResponseTo="${envelope.inResponseTo}">` +
    `<saml:Issuer>${envelope.issuer}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `${assertion}</samlp:Response>`;
  return Buffer.from(wrapped).toString("base64");
}

function readAuthnRequest(authorizeUrl: URL) {
  const encoded = authorizeUrl.searchParams.get("SAMLRequest");
  if (!encoded) throw new Error("no SAMLRequest in the URL");
  const xml = inflateRawSync(Buffer.from(encoded, "base64")).toString("utf8");
  const request = new DOMParser().parseFromString(xml, "text/xml").documentElement;
  const id = request?.getAttribute("ID");
  const acsUrl = request?.getAttribute("AssertionConsumerServiceURL");
  const issuer = request
    ?.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Issuer")
    .item(0)?.textContent;
  if (!id || !acsUrl || !issuer) throw new Error("the AuthnRequest lacks ID, ACS URL or issuer");
  return { id, acsUrl, spEntityId: issuer, relayState: authorizeUrl.searchParams.get("RelayState") ?? "" };
}

/** The base64 body of a PEM certificate. */
const certificateBody = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, "");
const pemOf = (body: string) =>
  `-----BEGIN CERTIFICATE-----\n${certificateBody(body)}\n-----END CERTIFICATE-----\n`;
const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];

/**
 * The signed octets of an HTTP-Redirect message, exactly as they appear in the URL (SAMLRequest,
 * RelayState, SigAlg), which is what the signature covers.
 */
function redirectOctetString(url: URL): string {
  const parts = url.search.slice(1).split("&");
  return ["SAMLRequest", "RelayState", "SigAlg"]
    .map((name) => parts.find((part) => part.startsWith(`${name}=`)))
    .filter((part): part is string => part !== undefined)
    .join("&");
}

// samlify's parser insists on a schema validator before it reads a message; the AuthnRequest it reads
// here is ours, and what is under test is its signature, so none is run.
samlify.setSchemaValidator({ validate: async () => "skipped" });

export async function startSamlIdp(options: SamlIdpOptions = {}): Promise<SamlIdp> {
  const signingKeys = Array.from({ length: options.signingKeys ?? 1 }, (_, index) =>
    makeCertificate(`test-idp-${index}`),
  );
  const keys = signingKeys[0] as { key: string; cert: string };
  const rogueKeys = makeCertificate("rogue-idp");
  const server = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const entityId = `${origin}/metadata`;
  const ssoUrl = `${origin}/sso`;
  const { binding } = samlify.Constants.namespace;

  const identityProvider = (signing: { key: string; cert: string }, signatureAlgorithm?: string) =>
    samlify.IdentityProvider({
      entityID: entityId,
      wantAuthnRequestsSigned: options.requireSignedRequests ?? false,
      isAssertionEncrypted: options.encryptAssertions ?? false,
      ...(signatureAlgorithm ? { requestSignatureAlgorithm: signatureAlgorithm } : {}),
      privateKey: signing.key,
      signingCert: signing.cert,
      nameIDFormat: [PERSISTENT],
      singleSignOnService: [{ Binding: binding.redirect, Location: ssoUrl }],
      loginResponseTemplate: {
        context: samlify.SamlLib.defaultLoginResponseTemplate.context.replace(
          "{AuthnStatement}",
          AUTHN_STATEMENT,
        ),
        attributes: [
          { name: "email", valueTag: "email", nameFormat: ATTRIBUTE_FORMAT, valueXsiType: "xs:string" },
          { name: "name", valueTag: "name", nameFormat: ATTRIBUTE_FORMAT, valueXsiType: "xs:string" },
        ],
      },
    });
  const idps = { idp: identityProvider(keys), rogue: identityProvider(rogueKeys) };
  const rolloverIdps = signingKeys.map((signing) => identityProvider(signing));
  const sha1Idp = identityProvider(keys, "http://www.w3.org/2000/09/xmldsig#rsa-sha1");

  const idp: SamlIdp = {
    entityId,
    ssoUrl,
    certificate: keys.cert,
    certificates: signingKeys.map((signing) => signing.cert),
    metadata: () =>
      samlify
        .IdentityProvider({
          entityID: entityId,
          signingCert: signingKeys.map((signing) => signing.cert),
          wantAuthnRequestsSigned: options.requireSignedRequests ?? false,
          nameIDFormat: [PERSISTENT],
          singleSignOnService: [
            { Binding: binding.post, Location: `${ssoUrl}/post` },
            { Binding: binding.redirect, Location: ssoUrl },
          ],
        })
        .getMetadata(),
    serviceProviderMetadata: null,
    lastRequestSignedBy: null,
    user: { subject: "saml-default", email: "saml@example.test", name: "SAML Bruger" },
    async respond(authorizeUrl, user, overrides = {}) {
      const url = new URL(authorizeUrl);
      const request = readAuthnRequest(url);
      const signer =
        overrides.signatureAlgorithm === "sha1"
          ? sha1Idp
          : overrides.signingKeyIndex !== undefined
            ? (rolloverIdps[overrides.signingKeyIndex] ?? idps.idp)
            : idps[overrides.signedBy ?? "idp"];
      const isOiosaml = options.requireSignedRequests || options.encryptAssertions;
      const described = isOiosaml ? describeServiceProvider() : null;
      if (options.requireSignedRequests && described) {
        idp.lastRequestSignedBy = await verifyRequestSignature(url, signer, described, request);
      }
      const encryptTo = overrides.encryptTo ?? described?.encryptionCertificates[0];
      if (options.encryptAssertions && !encryptTo)
        throw new Error("no encryption certificate in SP metadata");
      const serviceProvider = samlify.ServiceProvider({
        entityID: request.spEntityId,
        assertionConsumerService: [{ Binding: binding.post, Location: request.acsUrl }],
        wantAssertionsSigned: true,
        wantMessageSigned: true,
        ...(options.encryptAssertions && encryptTo ? { encryptCert: pemOf(encryptTo) } : {}),
      });
      const { context } = await signer.createLoginResponse(
        serviceProvider,
        { extract: { request: { id: request.id } } },
        "post",
        { ...user },
        // With customTagReplacement samlify fills in nothing itself: every {Tag} is set here, and
        // replaceTagsByValue escapes the values for XML.
        (original: string) => {
          const reshaped = overrides.reshape?.(original) ?? original;
          const template = overrides.isUnsolicited
            ? reshaped.replaceAll(' InResponseTo="{InResponseTo}"', "")
            : reshaped;
          const now = Date.now() - (overrides.ageMs ?? 0);
          const lifetimeMs = overrides.lifetimeMs ?? 5 * 60_000;
          const iso = (ms: number) => new Date(ms).toISOString();
          const id = `_${randomUUID()}`;
          const values = {
            ID: id,
            AssertionID: overrides.assertionId ?? `_${randomUUID()}`,
            Destination: overrides.destination ?? request.acsUrl,
            Audience: overrides.audience ?? request.spEntityId,
            SubjectRecipient: overrides.recipient ?? request.acsUrl,
            Issuer: overrides.issuer ?? entityId,
            IssueInstant: iso(now),
            StatusCode: overrides.status ?? samlify.Constants.StatusCode.Success,
            ConditionsNotBefore: iso(now),
            ConditionsNotOnOrAfter: iso(now + lifetimeMs),
            SubjectConfirmationDataNotOnOrAfter: iso(now + lifetimeMs),
            NameIDFormat: PERSISTENT,
            NameID: user.subject,
            InResponseTo: overrides.inResponseTo ?? request.id,
            SessionIndex: `_session_${randomUUID()}`,
            attrEmail: user.email,
            attrName: user.name,
          };
          return { id, context: samlify.SamlLib.replaceTagsByValue(template, values) };
        },
      );
      const samlResponse = overrides.tamper
        ? Buffer.from(overrides.tamper(Buffer.from(context, "base64").toString("utf8"))).toString("base64")
        : context;
      return { acsUrl: request.acsUrl, samlResponse, relayState: request.relayState };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  /** What samlify reads in the SP's metadata: its entity ID, flags and certificates per use. */
  function describeServiceProvider() {
    if (!idp.serviceProviderMetadata) throw new Error("OIOSAML mode needs the SP's metadata");
    const sp = samlify.ServiceProvider({ metadata: idp.serviceProviderMetadata });
    const meta = sp.entityMeta;
    if (!meta.isAuthnRequestSigned()) throw new Error("SP metadata says AuthnRequestsSigned is not true");
    if (!meta.isWantAssertionsSigned()) throw new Error("SP metadata says WantAssertionsSigned is not true");
    return {
      entityId: meta.getEntityID(),
      signingCertificates: asList(meta.getX509Certificate("signing")).map(certificateBody),
      encryptionCertificates: asList(meta.getX509Certificate("encryption")).map(certificateBody),
    };
  }

  /** samlify checks the redirect's signature against each published signing certificate in turn. */
  async function verifyRequestSignature(
    url: URL,
    signer: ReturnType<typeof identityProvider>,
    described: ReturnType<typeof describeServiceProvider>,
    request: ReturnType<typeof readAuthnRequest>,
  ): Promise<string> {
    if (described.entityId !== request.spEntityId)
      throw new Error("AuthnRequest issuer is not the SP's entity ID");
    const query = Object.fromEntries(url.searchParams);
    for (const certificate of described.signingCertificates) {
      const sp = samlify.ServiceProvider({
        entityID: described.entityId,
        signingCert: pemOf(certificate),
        authnRequestsSigned: true,
        assertionConsumerService: [{ Binding: binding.post, Location: request.acsUrl }],
      });
      try {
        await signer.parseLoginRequest(sp, "redirect", { query, octetString: redirectOctetString(url) });
        return certificate;
      } catch {
        // Not this certificate: the next one.
      }
    }
    throw new Error("the AuthnRequest is not signed by a signing certificate in the SP's metadata");
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? "/", origin);
    if (!options.listen || request.method !== "GET" || url.pathname !== "/sso") {
      response.writeHead(404).end();
      return;
    }
    try {
      const form = await idp.respond(url, idp.user);
      const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(
        `<!doctype html><html lang="en"><head><title>Test IdP</title></head><body onload="document.forms[0].submit()">` +
          `<form method="post" action="${escapeHtml(form.acsUrl)}">` +
          `<input type="hidden" name="SAMLResponse" value="${escapeHtml(form.samlResponse)}">` +
          `<input type="hidden" name="RelayState" value="${escapeHtml(form.relayState)}">` +
          `<noscript><button type="submit">Continue</button></noscript></form></body></html>`,
      );
    } catch (error) {
      response.writeHead(400).end(String(error));
    }
  }
  return idp;
}
