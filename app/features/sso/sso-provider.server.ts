import type { SsoConnection } from "~/platform/db/tables/sso.table";
import { certificateFingerprint, splitPemCertificates } from "./saml-certificates.server";

/**
 * The identity provider a link to an account is tied to. For OpenID Connect the issuer: its https
 * address is what the provider's keys are fetched from. For SAML the entity ID is only a name anyone
 * may write, so the fingerprint of the certificate that signed is part of it: whoever holds a new key
 * is a new provider, and inherits nobody's link (docs/decisions/023). With several certificates
 * configured (rollover, decision 033) `signer` names the one that signed; without it, the first.
 */
export function ssoProviderOf(connection: SsoConnection, signer?: string): string {
  if (connection.protocol === "oidc") return `oidc ${connection.oidc_issuer ?? ""}`;
  const certificate =
    signer ?? splitPemCertificates(connection.saml_idp_certificate)[0] ?? connection.saml_idp_certificate;
  return `saml ${connection.saml_idp_issuer ?? ""} ${certificate ? certificateFingerprint(certificate) : ""}`;
}

/** Every provider a connection speaks as: one for OIDC, one per configured certificate for SAML. */
export function ssoProvidersOf(connection: SsoConnection): string[] {
  if (connection.protocol === "oidc") return [ssoProviderOf(connection)];
  const certificates = splitPemCertificates(connection.saml_idp_certificate);
  if (certificates.length === 0) return [ssoProviderOf(connection)];
  return certificates.map((certificate) => ssoProviderOf(connection, certificate));
}
