import { randomBytes, X509Certificate } from "node:crypto";
import { type CacheProvider, type Profile, SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { DOMParser } from "@xmldom/xmldom";
import type { SsoConnection } from "../db/tables/sso.table";
import { SsoError, type SsoIdentity } from "./sso-identity";
import type { ssoUrls } from "./sso-urls";

type SamlUrls = Pick<ReturnType<typeof ssoUrls>, "samlAcs" | "samlEntityId">;

const REQUEST_LIFETIME_MS = 15 * 60 * 1000;

/** An XML ID must not start with a digit, hence the underscore. */
export function newSamlRequestId(): string {
  return `_${randomBytes(20).toString("hex")}`;
}

/**
 * One service provider per request, built from the organisation's settings. Its InResponseTo cache
 * knows exactly the one request id of the sign-in attempt at hand: the attempts live in the
 * database, so any process can take the answer, and a used attempt can never be answered again.
 */
function serviceProvider(
  connection: SsoConnection,
  urls: SamlUrls,
  request: { id: string; createdAt: string },
): SAML {
  const { saml_entry_point: entryPoint, saml_idp_certificate: idpCert } = connection;
  if (connection.protocol !== "saml" || !entryPoint || !idpCert) throw new SsoError("unavailable");
  const cacheProvider: CacheProvider = {
    saveAsync: async (_key, value) => ({ value, createdAt: Date.now() }),
    getAsync: async (key) => (key === request.id ? request.createdAt : null),
    removeAsync: async () => null,
  };
  return new SAML({
    entryPoint,
    idpCert,
    issuer: urls.samlEntityId.href,
    audience: urls.samlEntityId.href,
    callbackUrl: urls.samlAcs.href,
    // The assertion carries the identity, so its signature is what matters; brokers differ in
    // whether they also sign the envelope around it.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_LIFETIME_MS,
    cacheProvider,
    generateUniqueId: () => request.id,
    acceptedClockSkewMs: 60_000,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
  });
}

export async function buildSamlAuthorizeUrl(
  connection: SsoConnection,
  options: { urls: SamlUrls; requestId: string; relayState: string },
): Promise<URL> {
  const saml = serviceProvider(connection, options.urls, {
    id: options.requestId,
    createdAt: new Date().toISOString(),
  });
  return new URL(await saml.getAuthorizeUrlAsync(options.relayState, undefined, {}));
}

/**
 * Checks the identity provider's signed answer (signature, certificate, audience, time window,
 * InResponseTo — node-saml) and that it was addressed to this service's ACS URL, which node-saml
 * leaves to the application.
 */
export async function validateSamlResponse(
  connection: SsoConnection,
  options: { urls: SamlUrls; request: { id: string; createdAt: string }; samlResponse: string },
): Promise<SsoIdentity> {
  const saml = serviceProvider(connection, options.urls, options.request);
  let profile: Profile | null;
  try {
    ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: options.samlResponse }));
  } catch (error) {
    throw new SsoError(isStatusError(error) ? "cancelled" : "rejected", { cause: error });
  }
  if (!profile) throw new SsoError("rejected");
  assertAddressedTo(profile, {
    acsUrl: options.urls.samlAcs.href,
    idpIssuer: connection.saml_idp_issuer,
  });
  return identityFromProfile(profile);
}

function isStatusError(error: unknown): boolean {
  return error instanceof Error && error.name === "SamlStatusError";
}

/**
 * The response's Destination and the assertion's Recipient, where given, must be our ACS URL, and
 * the assertion's Issuer the configured identity provider: node-saml checks neither for sign-in
 * responses (its idpIssuer is used for logout messages only).
 */
function assertAddressedTo(profile: Profile, expected: { acsUrl: string; idpIssuer: string | null }): void {
  const { acsUrl, idpIssuer } = expected;
  const parser = new DOMParser();
  const response = parser.parseFromString(profile.getSamlResponseXml?.() ?? "", "text/xml").documentElement;
  const destination = response?.getAttribute("Destination");
  if (destination && destination !== acsUrl) throw new SsoError("rejected");
  const assertion = parser.parseFromString(profile.getAssertionXml?.() ?? "", "text/xml");
  const confirmations = assertion.getElementsByTagNameNS(
    "urn:oasis:names:tc:SAML:2.0:assertion",
    "SubjectConfirmationData",
  );
  for (let index = 0; index < confirmations.length; index++) {
    const recipient = confirmations.item(index)?.getAttribute("Recipient");
    if (recipient && recipient !== acsUrl) throw new SsoError("rejected");
  }
  // The assertion's own Issuer: the first child element of that name (a NameID's qualifiers are not it).
  const issuer = assertion.documentElement
    ? Array.from(assertion.documentElement.childNodes).find(
        (node) => (node as { localName?: string }).localName === "Issuer",
      )
    : undefined;
  if (idpIssuer && issuer?.textContent?.trim() !== idpIssuer) throw new SsoError("rejected");
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

function firstAttribute(profile: Profile, names: string[]): string | undefined {
  for (const name of names) {
    const value = profile[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim()) return first.trim();
  }
  return undefined;
}

function identityFromProfile(profile: Profile): SsoIdentity {
  const isEmailNameId = profile.nameIDFormat?.endsWith(":emailAddress") ?? false;
  const email = firstAttribute(profile, EMAIL_ATTRIBUTES) ?? (isEmailNameId ? profile.nameID : undefined);
  if (!profile.nameID || !email) throw new SsoError("noEmail");
  return { subject: profile.nameID, email, name: firstAttribute(profile, NAME_ATTRIBUTES) ?? email };
}

/** The service provider's metadata, for the identity provider's administrator. */
export function samlServiceProviderMetadata(connection: SsoConnection, urls: SamlUrls): string {
  return serviceProvider(connection, urls, {
    id: newSamlRequestId(),
    createdAt: "",
  }).generateServiceProviderMetadata(null);
}

/** A certificate that does not parse would only fail at the first sign-in; the form says so at once. */
export function isValidCertificate(pem: string): boolean {
  try {
    new X509Certificate(pem);
    return true;
  } catch {
    return false;
  }
}
