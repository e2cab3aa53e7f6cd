import { isLocale, type Locale } from "~/i18n/locales";
import { normalizeEmail } from "~/platform/auth/normalize-email.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { logSecurityEvent } from "~/platform/auth/security-log.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { countSsoAttempt } from "./count-sso-attempt.server";
import { buildOidcAuthorizationUrl, completeOidcSignIn, newOidcRequestSecrets } from "./oidc-sign-in.server";
import { rememberSamlAssertion } from "./remember-saml-assertion.server";
import { resolveSsoAccount } from "./resolve-sso-account.server";
import { ensureSamlServiceKeys, listSamlServiceKeys, samlKeyName } from "./saml-service-keys.server";
import { buildSamlAuthorizeUrl, newSamlRequestId, validateSamlResponse } from "./saml-sign-in.server";
import { sendSsoLinkedMail } from "./send-sso-linked-mail.server";
import { findSsoOrganisationBySlug, type SsoOrganisation } from "./sso-connections.server";
import { SsoError, type SsoFailure, type SsoIdentity } from "./sso-identity.server";
import { startSsoLinkProof } from "./sso-link-proofs.server";
import { ssoProviderOf, ssoProvidersOf } from "./sso-provider.server";
import {
  consumeSsoSignIn,
  findPendingSsoSignIn,
  recordSsoFailure,
  recordSsoIdentity,
  startSsoSignIn,
} from "./sso-sign-ins.server";
import { ssoUrls } from "./sso-urls";

// The four steps of a sign-in through an organisation's identity provider. Both protocols end the
// same way: the verified identity is written on the attempt, and the browser that started it is
// sent to the finish step, which makes the session.

type Services = Pick<AppServices, "db" | "config" | "log">;

export class UnknownSsoOrganisation extends Error {
  override name = "UnknownSsoOrganisation";
}

async function requireSsoOrganisation(services: Services, slug: string): Promise<SsoOrganisation> {
  const found = await findSsoOrganisationBySlug(services.db, slug);
  if (!found) throw new UnknownSsoOrganisation(slug);
  return found;
}

/**
 * Step 1: an attempt is recorded and the browser is sent to the identity provider. Refused with
 * SsoError("tooManyAttempts") over the limits per address and per organisation.
 */
export async function beginSsoSignIn(
  services: Services,
  options: { slug: string; redirectTo: string; meta: RequestMeta },
): Promise<{ location: URL; browserKey: string }> {
  const { organisation, connection } = await requireSsoOrganisation(services, options.slug);
  const isAllowed = await countSsoAttempt(services.db, {
    step: "start",
    organisationId: organisation.id,
    address: options.meta.ip,
  });
  if (!isAllowed) {
    services.log.warn(
      { organisationId: organisation.id, ip: options.meta.ip },
      "single sign-on start over the limit",
    );
    throw new SsoError("tooManyAttempts");
  }
  const urls = ssoUrls(services.config.publicUrl, organisation.slug);
  const base = { organisationId: organisation.id, redirectTo: options.redirectTo };
  if (connection.protocol === "oidc") {
    const { codeVerifier, nonce } = newOidcRequestSecrets();
    const started = await startSsoSignIn(services.db, {
      ...base,
      protocol: "oidc",
      oidcCodeVerifier: codeVerifier,
      oidcNonce: nonce,
    });
    // The attempt's id is the state, so the URL is built once the attempt exists.
    const location = await buildOidcAuthorizationUrl(connection, {
      state: started.id,
      redirectUri: urls.oidcCallback,
      codeVerifier,
      nonce,
    });
    return { location, browserKey: started.browserKey };
  }
  const samlRequestId = newSamlRequestId();
  // A SAML connection saved before our keys existed gets its key pair at its first sign-in.
  const keys = await ensureSamlServiceKeys(services.db, {
    organisationId: organisation.id,
    commonName: samlKeyName(services.config.publicUrl, organisation.slug),
  });
  const started = await startSsoSignIn(services.db, { ...base, protocol: "saml", samlRequestId });
  const location = await buildSamlAuthorizeUrl(connection, {
    urls,
    requestId: samlRequestId,
    relayState: started.id,
    keys,
  });
  return { location, browserKey: started.browserKey };
}

/** Step 2 (OIDC): the provider sends the browser back with a code. Returns where to go next. */
export async function receiveOidcCallback(
  services: Services,
  options: { slug: string; url: URL },
): Promise<URL> {
  const { organisation, connection } = await requireSsoOrganisation(services, options.slug);
  const urls = ssoUrls(services.config.publicUrl, organisation.slug);
  const state = options.url.searchParams.get("state") ?? "";
  const signIn = await findPendingSsoSignIn(services.db, {
    id: state,
    organisationId: organisation.id,
    protocol: "oidc",
  });
  if (!signIn?.oidc_code_verifier || !signIn.oidc_nonce) return urls.finish(state);
  // The callback is checked against the registered redirect URI, not the Host the request came in on.
  const callbackUrl = new URL(`${urls.oidcCallback.pathname}${options.url.search}`, urls.oidcCallback);
  await recordOutcome(services, signIn.id, async () => ({
    identity: await completeOidcSignIn(connection, {
      callbackUrl,
      state: signIn.id,
      codeVerifier: signIn.oidc_code_verifier ?? "",
      nonce: signIn.oidc_nonce ?? "",
    }),
    provider: ssoProviderOf(connection),
  }));
  return urls.finish(signIn.id);
}

/**
 * Step 2 (SAML): the provider posts its signed response. Returns where to go next. Over the limits
 * per address and per organisation the response is not looked at: the attempt fails as such.
 */
export async function receiveSamlResponse(
  services: Services,
  options: { slug: string; samlResponse: string; relayState: string; meta: RequestMeta },
): Promise<URL> {
  const { organisation, connection } = await requireSsoOrganisation(services, options.slug);
  const urls = ssoUrls(services.config.publicUrl, organisation.slug);
  const isAllowed = await countSsoAttempt(services.db, {
    step: "acs",
    organisationId: organisation.id,
    address: options.meta.ip,
  });
  const signIn = await findPendingSsoSignIn(services.db, {
    id: options.relayState,
    organisationId: organisation.id,
    protocol: "saml",
  });
  if (!signIn?.saml_request_id) {
    services.log.warn(
      { reason: "no pending attempt for the RelayState", ip: options.meta.ip },
      "single sign-on refused",
    );
    return urls.finish(options.relayState);
  }
  const request = { id: signIn.saml_request_id, createdAt: signIn.created_at };
  await recordOutcome(services, signIn.id, async () => {
    if (!isAllowed)
      throw new SsoError("tooManyAttempts", { cause: new Error(`ACS over the limit (${options.meta.ip})`) });
    const { identity, assertion, provider } = await validateSamlResponse(connection, {
      urls,
      request,
      samlResponse: options.samlResponse,
      keys: await listSamlServiceKeys(services.db, organisation.id),
    });
    const isFirstUse = await rememberSamlAssertion(services.db, {
      organisationId: organisation.id,
      ...assertion,
    });
    if (!isFirstUse)
      throw new SsoError("rejected", { cause: new Error(`assertion ${assertion.assertionId} replayed`) });
    return { identity, provider };
  });
  return urls.finish(signIn.id);
}

async function recordOutcome(
  services: Services,
  signInId: string,
  verify: () => Promise<{ identity: SsoIdentity; provider: string }>,
): Promise<void> {
  try {
    // A second answer to the same attempt (a replay) changes nothing: only a pending one moves on.
    const { identity, provider } = await verify();
    await recordSsoIdentity(services.db, signInId, identity, provider);
  } catch (error) {
    if (!(error instanceof SsoError)) throw error;
    // Every refusal with its reason (the cause), for whoever looks into a failed sign-in.
    services.log.warn(
      {
        err: error.cause ?? error,
        reason: (error.cause as Error | undefined)?.message,
        failure: error.failure,
      },
      "single sign-on refused",
    );
    await recordSsoFailure(services.db, signInId, error.failure);
  }
}

export type FinishedSsoSignIn =
  /** `isNewLink`: the identity was linked just now (and the person was mailed about it). */
  | { ok: true; user: User; redirectTo: string; isNewLink: boolean }
  | { ok: false; failure: SsoFailure }
  /** The answer named an existing account: its owner proves it on the proof page first. */
  | { ok: false; proofId: string };

/**
 * Step 3: in the browser that started it, the attempt becomes a session for the account linked to
 * the identity, or for a new account. An existing account that is not linked yet gets no session:
 * the browser goes on to prove it is its owner's (prove-sso-link.server.ts), bound to the same cookie.
 */
export async function finishSsoSignIn(
  services: Services & Pick<AppServices, "mailer">,
  options: { slug: string; signInId: string; browserKey: string | null; meta: RequestMeta; locale: Locale },
): Promise<FinishedSsoSignIn> {
  const { organisation, connection } = await requireSsoOrganisation(services, options.slug);
  const consumed = await consumeSsoSignIn(services.db, {
    id: options.signInId,
    organisationId: organisation.id,
    browserKey: options.browserKey,
  });
  if (!consumed.ok) return consumed;
  const { signIn } = consumed;
  // The provider that vouched, as recorded at step 2 (for SAML with the certificate that signed). If
  // the settings changed since, the links it could reach were dropped with them: start again.
  const provider = signIn.provider ?? ssoProviderOf(connection);
  if (!ssoProvidersOf(connection).includes(provider)) return { ok: false, failure: "expired" };
  const account = await resolveSsoAccount(services.db, {
    organisationId: organisation.id,
    provider,
    identity: { subject: signIn.subject, email: signIn.email, name: signIn.name },
  });
  if (account.status === "proofNeeded") {
    const proofId = await startSsoLinkProof(services.db, {
      organisation_id: organisation.id,
      user_id: account.user.id,
      provider,
      subject: signIn.subject,
      email: normalizeEmail(signIn.email),
      browser_key_hash: signIn.browser_key_hash,
      redirect_to: signIn.redirect_to,
    });
    return { ok: false, proofId };
  }
  const user = account.status === "signedIn" ? account.user : null;
  await logSecurityEvent(services.db, {
    event: user ? "sign_in_sso" : "sign_in_failed",
    meta: options.meta,
    email: signIn.email,
    userId: user?.id ?? null,
    organisationId: organisation.id,
  });
  if (account.status === "refused") return { ok: false, failure: account.failure };
  if (account.isNewLink) {
    const locale = isLocale(account.user.locale) ? account.user.locale : options.locale;
    await sendSsoLinkedMail(services, { user: account.user, provider, locale });
  }
  return { ok: true, user: account.user, redirectTo: signIn.redirect_to, isNewLink: account.isNewLink };
}
