import type { Selectable } from "kysely";

export const SSO_PROTOCOLS = ["oidc", "saml"] as const;
export type SsoProtocol = (typeof SSO_PROTOCOLS)[number];

/** An organisation's identity provider: the fields of its protocol are set, the others null. */
export interface SsoConnectionsTable {
  organisation_id: string;
  protocol: SsoProtocol;
  oidc_issuer: string | null;
  oidc_client_id: string | null;
  oidc_client_secret: string | null;
  saml_entry_point: string | null;
  /** The identity provider's entity ID; when set, responses from any other issuer are refused. */
  saml_idp_issuer: string | null;
  /** PEM: the certificates the identity provider signs with, one or more (rollover), one after another. */
  saml_idp_certificate: string | null;
  /** The technical contact published in our metadata (OIOSAML 3 asks for one). */
  saml_contact_email: string | null;
  updated_at: string;
}
export type SsoConnection = Selectable<SsoConnectionsTable>;

export const DOMAIN_CHECK_RESULTS = [
  "found",
  "notFound",
  "wrongToken",
  "lookupFailed",
  "taken",
  "publicProvider",
] as const;
export type DomainCheckResult = (typeof DOMAIN_CHECK_RESULTS)[number];

/**
 * An e-mail domain an organisation has added. It counts (single sign-on, password refusal, whose
 * address it is) only once verified: proven with a DNS TXT record holding `verification_token`
 * (decision 024). Several organisations may have a domain pending; one may have it verified.
 */
export interface SsoEmailDomainsTable {
  organisation_id: string;
  /** Lower-case, e.g. "aarhus.dk". */
  domain: string;
  /** Random, shown to the administrator: `lederdialog-verification=<token>` proves the domain. */
  verification_token: string;
  created_at: string;
  /** Null while pending. */
  verified_at: string | null;
  checked_at: string | null;
  /** The last check's result, or null before the first. */
  check_result: DomainCheckResult | null;
}
export type SsoEmailDomain = Selectable<SsoEmailDomainsTable>;

/**
 * Which account an identity provider's subject (OIDC `sub`, SAML NameID) signs in as. Made only when
 * the account's owner proved it (or the account was made by that sign-in), and only for the provider
 * named in `provider` (see ssoProviderOf): another provider's subject never finds it.
 */
export interface SsoIdentitiesTable {
  id: string;
  organisation_id: string;
  provider: string;
  subject: string;
  user_id: string;
  /** The address the provider gave when the link was made, shown to the person. */
  email: string;
  created_at: string;
}
export type SsoIdentityLink = Selectable<SsoIdentitiesTable>;

/**
 * A sign-in through the identity provider that named an existing account: no session until the
 * account's owner proves it in the browser that started the attempt (`browser_key_hash`, the ld_sso
 * cookie), with their password or the single-use link mailed to the account (`mail_token_hash`:
 * only the hash of the newest link is kept).
 */
export interface SsoLinkProofsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  provider: string;
  subject: string;
  email: string;
  browser_key_hash: string;
  redirect_to: string;
  mail_token_hash: string | null;
  mail_sent_at: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
export type SsoLinkProof = Selectable<SsoLinkProofsTable>;

export type SsoSignInStatus = "pending" | "authenticated" | "failed" | "used";

/**
 * One attempt to sign in through the identity provider, from the redirect there to the session.
 * The id travels as OIDC `state` / SAML RelayState; the browser that started it holds a cookie
 * whose hash is `browser_key_hash`, so a finished attempt cannot be completed in another browser.
 */
export interface SsoSignInsTable {
  id: string;
  organisation_id: string;
  protocol: SsoProtocol;
  browser_key_hash: string;
  redirect_to: string;
  oidc_code_verifier: string | null;
  oidc_nonce: string | null;
  saml_request_id: string | null;
  status: SsoSignInStatus;
  /** A catalog key under auth.sso.failure when status is "failed". */
  failure: string | null;
  subject: string | null;
  email: string | null;
  name: string | null;
  /** Who vouched for the identity (ssoProviderOf): for SAML with the certificate that signed. */
  provider: string | null;
  created_at: string;
  expires_at: string;
}
export type SsoSignIn = Selectable<SsoSignInsTable>;

export const SAML_SERVICE_KEY_ROLES = ["next", "current", "previous"] as const;
export type SamlServiceKeyRole = (typeof SAML_SERVICE_KEY_ROLES)[number];

/**
 * Our own key pairs as a SAML service provider, per organisation, at most one per role: "current"
 * signs our AuthnRequests; all of them decrypt assertions and are published in the metadata, so an
 * identity provider can move to "next" before we sign with it, and still encrypt to "previous"
 * until it has read the new metadata (decision 033). `private_key` is sealed (decision 018).
 */
export interface SamlServiceKeysTable {
  id: string;
  organisation_id: string;
  role: SamlServiceKeyRole;
  /** PKCS#8 PEM; sealed by the seal plugin, never sent to a browser. */
  private_key: string;
  /** PEM, self-signed, as published in the metadata. */
  certificate: string;
  created_at: string;
}
export type SamlServiceKey = Selectable<SamlServiceKeysTable>;
