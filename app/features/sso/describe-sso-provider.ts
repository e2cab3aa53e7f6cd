/** Reads the provider string that `ssoProviderOf` (app/features/sso/sso-provider.server.ts) writes. */

/** What the person is shown for a link: the protocol and the provider's address or entity ID. */
export function describeSsoProvider(provider: string): { protocol: "oidc" | "saml"; name: string } {
  const [protocol, name = ""] = provider.split(" ");
  return { protocol: protocol === "saml" ? "saml" : "oidc", name };
}
