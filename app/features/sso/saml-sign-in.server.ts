import { randomBytes } from "node:crypto";
import { type CacheProvider, SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import type { SamlServiceKey, SsoConnection } from "~/platform/db/tables/sso.table";
import { parseAccountEmail } from "~/platform/identity/account-email";
import { type CheckedAssertion, checkSamlAssertion, SamlRefusal } from "./check-saml-assertion.server";
import { runSamlValidation, type SamlWorkerOptions } from "./run-saml-validation.server";
import { splitPemCertificates } from "./saml-certificates.server";
import { scanSamlResponse } from "./scan-saml-response.server";
import { SsoError, type SsoIdentity } from "./sso-identity.server";
import { ssoProviderOf } from "./sso-provider.server";
import type { ssoUrls } from "./sso-urls";

type SamlUrls = Pick<ReturnType<typeof ssoUrls>, "samlAcs" | "samlEntityId">;

const REQUEST_LIFETIME_MS = 15 * 60 * 1000;
const CLOCK_SKEW_MS = 60_000;

/** An XML ID must not start with a digit, hence the underscore. */
export function newSamlRequestId(): string {
  return `_${randomBytes(20).toString("hex")}`;
}

/** node-saml's settings for an organisation, the same for the requests we send and the answers we check. */
function samlOptions(connection: SsoConnection, urls: SamlUrls): SamlWorkerOptions & { idpCert: string[] } {
  const entryPoint = connection.saml_entry_point;
  const idpCert = splitPemCertificates(connection.saml_idp_certificate);
  if (connection.protocol !== "saml" || !entryPoint || idpCert.length === 0)
    throw new SsoError("unavailable");
  return {
    entryPoint,
    // Any of the identity provider's certificates (rollover); which one signed is found out in the
    // worker, because links belong to it (sso-provider.server.ts).
    idpCert,
    issuer: urls.samlEntityId.href,
    audience: urls.samlEntityId.href,
    callbackUrl: urls.samlAcs.href,
    // The assertion carries the identity and the bearer confirmation that binds it to our request
    // (check-saml-assertion.server.ts), so its signature is the one required; brokers differ in whether
    // they also sign the envelope around it.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_LIFETIME_MS,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    // OIOSAML 3: our AuthnRequests are signed with RSA-SHA256 (the HTTP-Redirect binding's SigAlg).
    signatureAlgorithm: "sha256",
    digestAlgorithm: "sha256",
  };
}

/** A service provider for what we send (the AuthnRequest): no untrusted input. */
function serviceProvider(
  connection: SsoConnection,
  urls: SamlUrls,
  requestId: string,
  signingKey: SamlServiceKey,
): SAML {
  const cacheProvider: CacheProvider = {
    saveAsync: async (_key, value) => ({ value, createdAt: Date.now() }),
    getAsync: async () => null,
    removeAsync: async () => null,
  };
  return new SAML({
    ...samlOptions(connection, urls),
    privateKey: signingKey.private_key,
    cacheProvider,
    generateUniqueId: () => requestId,
  });
}

/** The redirect to the identity provider with our AuthnRequest, signed with the current key. */
export async function buildSamlAuthorizeUrl(
  connection: SsoConnection,
  options: { urls: SamlUrls; requestId: string; relayState: string; keys: SamlServiceKey[] },
): Promise<URL> {
  const signingKey = options.keys.find((key) => key.role === "current");
  if (!signingKey) throw new SsoError("unavailable", { cause: new Error("no current SAML key") });
  const saml = serviceProvider(connection, options.urls, options.requestId, signingKey);
  return new URL(await saml.getAuthorizeUrlAsync(options.relayState, undefined, {}));
}

export interface ValidatedSamlResponse {
  identity: SsoIdentity;
  assertion: CheckedAssertion;
  /** The provider as links know it: with the certificate that signed this assertion. */
  provider: string;
}

/**
 * Checks the identity provider's answer in three steps: a cheap scan of its size and shape
 * (scan-saml-response.server.ts); node-saml in a worker thread with a time limit (signature, certificate,
 * audience, time window, InResponseTo); then what node-saml leaves to us, on what it verified
 * (check-saml-assertion.server.ts). The assertion's ID comes back so that it is used only once.
 */
export async function validateSamlResponse(
  connection: SsoConnection,
  options: {
    urls: SamlUrls;
    request: { id: string; createdAt: string };
    samlResponse: string;
    /** Every key of ours: an encrypted assertion may be for any of them during a rotation. */
    keys: SamlServiceKey[];
  },
): Promise<ValidatedSamlResponse> {
  const scan = scanSamlResponse(options.samlResponse);
  if (!scan.ok) throw new SsoError("rejected", { cause: new Error(scan.reason) });
  const workerOptions = samlOptions(connection, options.urls);
  const validated = await runSamlValidation({
    options: workerOptions,
    decryptionKeys: options.keys.map((key) => key.private_key),
    request: options.request,
    samlResponse: options.samlResponse,
  });
  if (!validated.ok) {
    const failure =
      validated.kind === "status" ? "cancelled" : validated.kind === "busy" ? "unavailable" : "rejected";
    throw new SsoError(failure, { cause: new Error(`node-saml: ${validated.message}`) });
  }
  let assertion: CheckedAssertion;
  try {
    assertion = checkSamlAssertion(
      validated.responseXml,
      validated.assertionXml,
      {
        acsUrl: options.urls.samlAcs.href,
        requestId: options.request.id,
        idpIssuer: connection.saml_idp_issuer,
        clockSkewMs: CLOCK_SKEW_MS,
      },
      validated.decryptedAssertionXml || undefined,
    );
  } catch (error) {
    if (error instanceof SamlRefusal) throw new SsoError(error.failure, { cause: error });
    throw error;
  }
  const signer = workerOptions.idpCert[validated.signerIndex];
  return {
    identity: identityFromProfile(validated.profile),
    assertion,
    provider: ssoProviderOf(connection, signer),
  };
}

// Attribute names differ between brokers (KOMBIT, Entra ID, ADFS, generic): the usual ones.
const EMAIL_ATTRIBUTES = [
  "email",
  "mail",
  "urn:oid:0.9.2342.19200300.100.1.3",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
];
const NAME_ATTRIBUTES = [
  "name",
  "displayName",
  "urn:oid:2.16.840.1.113730.3.1.241",
  "http://schemas.microsoft.com/identity/claims/displayname",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
];

function firstAttribute(profile: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) {
    const value = profile[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim()) return first.trim();
  }
  return undefined;
}

function identityFromProfile(profile: Record<string, unknown>): SsoIdentity {
  const { nameID, nameIDFormat } = profile;
  const isEmailNameId = typeof nameIDFormat === "string" && nameIDFormat.endsWith(":emailAddress");
  const asserted = firstAttribute(profile, EMAIL_ATTRIBUTES) ?? (isEmailNameId ? nameID : undefined);
  if (typeof nameID !== "string" || !nameID || typeof asserted !== "string") {
    throw new SsoError("noEmail", { cause: new Error("no NameID or no e-mail attribute") });
  }
  // One address rule for every account (issue 13, finding 14): "x@evil.test, y@kommune.dk" is not one.
  const email = parseAccountEmail(asserted);
  if (!email)
    throw new SsoError("invalidEmail", { cause: new Error("asserted address is not one addr-spec") });
  return { subject: nameID, email, name: firstAttribute(profile, NAME_ATTRIBUTES) ?? email };
}
