/** What an identity provider vouches for, after its signature and the protocol's checks passed. */
export interface SsoIdentity {
  /** OIDC `sub` or SAML NameID: stable at the identity provider, unlike the e-mail address. */
  subject: string;
  email: string;
  name: string;
}

/** Why a sign-in through the identity provider did not end in a session: catalog keys. */
export const SSO_FAILURES = [
  "expired",
  "otherBrowser",
  "rejected",
  "cancelled",
  "unavailable",
  "noEmail",
  "emailDomain",
  "otherOrganisation",
  "deactivated",
  // Issue 13: an address that is not one plain addr-spec; too many attempts from one place.
  "invalidEmail",
  "tooManyAttempts",
] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

export class SsoError extends Error {
  override name = "SsoError";
  constructor(
    readonly failure: SsoFailure,
    options?: { cause?: unknown },
  ) {
    super(failure, options);
  }
}

export function isSsoFailure(value: string | null | undefined): value is SsoFailure {
  return (SSO_FAILURES as readonly string[]).includes(value ?? "");
}
