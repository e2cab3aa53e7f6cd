import { createHash, X509Certificate } from "node:crypto";
import type { SsoConnection } from "../db/tables/sso.table";

/**
 * The identity provider a link to an account is tied to. For OpenID Connect the issuer: its https
 * address is what the provider's keys are fetched from. For SAML the entity ID is only a name anyone
 * may write, so the signing certificate's fingerprint is part of it: whoever holds a new key is a
 * new provider, and inherits nobody's link (docs/decisions/023).
 */
export function ssoProviderOf(connection: SsoConnection): string {
  if (connection.protocol === "oidc") return `oidc ${connection.oidc_issuer ?? ""}`;
  return `saml ${connection.saml_idp_issuer ?? ""} ${certificateFingerprint(connection.saml_idp_certificate)}`;
}

function certificateFingerprint(pem: string | null): string {
  if (!pem) return "";
  try {
    return new X509Certificate(pem).fingerprint256;
  } catch {
    return createHash("sha256").update(pem.replace(/\s+/g, "")).digest("hex");
  }
}

/** What the person is shown for a link: the protocol and the provider's address or entity ID. */
export function describeSsoProvider(provider: string): { protocol: "oidc" | "saml"; name: string } {
  const [protocol, name = ""] = provider.split(" ");
  return { protocol: protocol === "saml" ? "saml" : "oidc", name };
}
