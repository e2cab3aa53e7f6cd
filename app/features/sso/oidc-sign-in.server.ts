import * as oidc from "openid-client";
import { isLoopbackHttp } from "~/features/sso/sso-settings.schema";
import { hashToken } from "~/platform/crypto/tokens.server";
import type { SsoConnection } from "~/platform/db/tables/sso.table";
import { parseAccountEmail } from "~/platform/identity/account-email";
import { SsoError, type SsoIdentity } from "./sso-identity.server";

/**
 * The one algorithm ID tokens may be signed with (Entra ID, KOMBIT, Google, Keycloak and Okta all
 * sign with it by default): never "none", never a shared-secret HMAC.
 */
const ID_TOKEN_ALGORITHM = "RS256";

/** Discovery costs a round trip to the provider; its answer is kept for a while per connection. */
const DISCOVERY_TTL_MS = 10 * 60 * 1000;
const discovered = new Map<string, { configuration: oidc.Configuration; expiresAt: number }>();

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export function oidcSettings(connection: SsoConnection): OidcSettings {
  const { oidc_issuer: issuer, oidc_client_id: clientId, oidc_client_secret: clientSecret } = connection;
  if (connection.protocol !== "oidc" || !issuer || !clientId || !clientSecret)
    throw new SsoError("unavailable");
  return { issuer, clientId, clientSecret };
}

export async function discoverOidcProvider(settings: OidcSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer}|${settings.clientId}|${hashToken(settings.clientSecret)}`;
  const cached = discovered.get(key);
  if (cached && cached.expiresAt > Date.now()) return cached.configuration;
  const issuer = new URL(settings.issuer);
  try {
    const configuration = await oidc.discovery(
      issuer,
      settings.clientId,
      { id_token_signed_response_alg: ID_TOKEN_ALGORITHM },
      oidc.ClientSecretBasic(settings.clientSecret),
      { execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [], timeout: 10 },
    );
    // openid-client trusts an ID token from the token endpoint on the strength of TLS alone (as
    // the spec allows); this makes it verify the signature against the provider's JWKS (jwks_uri)
    // too, so a token signed with any other key is refused (issue 13, finding 14).
    oidc.enableNonRepudiationChecks(configuration);
    discovered.set(key, { configuration, expiresAt: Date.now() + DISCOVERY_TTL_MS });
    return configuration;
  } catch (error) {
    throw new SsoError("unavailable", { cause: error });
  }
}

/** The secrets one authorization request proves itself with; kept on the sign-in attempt. */
export function newOidcRequestSecrets(): { codeVerifier: string; nonce: string } {
  return { codeVerifier: oidc.randomPKCECodeVerifier(), nonce: oidc.randomNonce() };
}

/** Authorization code flow with PKCE and a nonce; `state` is the sign-in attempt's id. */
export async function buildOidcAuthorizationUrl(
  connection: SsoConnection,
  options: { state: string; redirectUri: URL; codeVerifier: string; nonce: string },
): Promise<URL> {
  const configuration = await discoverOidcProvider(oidcSettings(connection));
  return oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: options.redirectUri.href,
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(options.codeVerifier),
    code_challenge_method: "S256",
    state: options.state,
    nonce: options.nonce,
  });
}

/**
 * Exchanges the code and checks state, nonce, PKCE, issuer, audience, the ID token's algorithm and
 * its signature against the provider's keys (openid-client does all of these, as configured above). The e-mail comes from the ID token or, where the provider keeps
 * it out of the token, from the userinfo endpoint.
 */
export async function completeOidcSignIn(
  connection: SsoConnection,
  options: { callbackUrl: URL; state: string; codeVerifier: string; nonce: string },
): Promise<SsoIdentity> {
  if (options.callbackUrl.searchParams.has("error")) throw new SsoError("cancelled");
  const configuration = await discoverOidcProvider(oidcSettings(connection));
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, options.callbackUrl, {
      pkceCodeVerifier: options.codeVerifier,
      expectedState: options.state,
      expectedNonce: options.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new SsoError("rejected");
    claims = { ...idClaims };
    if (typeof claims.email !== "string") {
      claims = { ...(await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)), ...claims };
    }
  } catch (error) {
    if (error instanceof SsoError) throw error;
    throw new SsoError("rejected", { cause: error });
  }
  return identityFromClaims(claims);
}

function identityFromClaims(claims: Record<string, unknown>): SsoIdentity {
  const { sub, name } = claims;
  const asserted = assertedAddress(claims);
  if (typeof sub !== "string" || asserted === undefined) {
    throw new SsoError("noEmail", {
      cause: new Error(`no sub, e-mail or email_verified true (${String(claims.email_verified)})`),
    });
  }
  const account = parseAccountEmail(asserted);
  if (!account)
    throw new SsoError("invalidEmail", { cause: new Error("asserted address is not one addr-spec") });
  return {
    subject: sub,
    email: account,
    name: typeof name === "string" && name.trim() ? name.trim() : account,
  };
}

/**
 * The address the provider speaks for. An `email` claim counts only with `email_verified` exactly
 * `true` (not the string "true", not a missing claim), and a provider that says it is unverified is
 * not overruled by anything else it sends. Only where there is no `email` claim at all (Entra ID
 * without the optional claim) is the sign-in name taken, `preferred_username` and then `upn`, the
 * first that looks like an address: it goes through the same address rule, the organisation's proven
 * domains and the owner's proof for an existing account as any e-mail, and it proves no mailbox
 * (the account's address stays unverified), decision 033.
 */
function assertedAddress(claims: Record<string, unknown>): string | undefined {
  const { email, email_verified: emailVerified } = claims;
  if (email !== undefined || emailVerified !== undefined) {
    return typeof email === "string" && emailVerified === true ? email : undefined;
  }
  for (const claim of ["preferred_username", "upn"]) {
    const value = claims[claim];
    if (typeof value === "string" && value.includes("@")) return value;
  }
  return undefined;
}
