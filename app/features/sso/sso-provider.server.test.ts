import { describe, expect, it } from "vitest";
import { describeSsoProvider } from "~/features/sso/describe-sso-provider";
import type { SsoConnection } from "~/platform/db/tables/sso.table";
import { ssoProviderOf } from "./sso-provider.server";

const base: SsoConnection = {
  organisation_id: "org",
  protocol: "saml",
  oidc_issuer: null,
  oidc_client_id: null,
  oidc_client_secret: null,
  saml_entry_point: "https://idp.example/sso",
  saml_idp_issuer: "https://idp.example/metadata",
  saml_contact_email: null,
  saml_idp_certificate: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
  updated_at: "2026-12-01T00:00:00.000Z",
};

describe("the provider a link belongs to", () => {
  it("is the issuer for OIDC, whatever the client", () => {
    const oidc = { ...base, protocol: "oidc" as const, oidc_issuer: "https://login.example/tenant" };
    expect(ssoProviderOf({ ...oidc, oidc_client_id: "a" })).toBe(
      ssoProviderOf({ ...oidc, oidc_client_id: "b" }),
    );
    expect(ssoProviderOf(oidc)).not.toBe(ssoProviderOf({ ...oidc, oidc_issuer: "https://evil.example" }));
    expect(describeSsoProvider(ssoProviderOf(oidc))).toEqual({
      protocol: "oidc",
      name: "https://login.example/tenant",
    });
  });

  it("changes for SAML with another entity ID or another signing certificate, not with the entry point", () => {
    const key = ssoProviderOf(base);
    expect(ssoProviderOf({ ...base, saml_entry_point: "https://idp.example/other" })).toBe(key);
    expect(ssoProviderOf({ ...base, saml_idp_issuer: "https://other.example/metadata" })).not.toBe(key);
    expect(
      ssoProviderOf({
        ...base,
        saml_idp_certificate: base.saml_idp_certificate?.replace("AAAA", "BBBB") ?? null,
      }),
    ).not.toBe(key);
    expect(describeSsoProvider(key)).toEqual({ protocol: "saml", name: "https://idp.example/metadata" });
  });
});
