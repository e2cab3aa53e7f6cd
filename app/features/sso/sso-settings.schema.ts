import * as z from "zod/mini";
import { parseAccountEmail } from "~/platform/identity/account-email";

// The administrator's single sign-on settings. The fields of the chosen protocol are required; the
// client secret may be left empty to keep the stored one. The e-mail domains are proven on a page
// of their own (app/features/sso/email-domain.schema.ts). Messages are catalog keys.

/**
 * Plain http only to this machine (a local broker, the tests' identity providers): anything that
 * crosses a network must be https. The form checks it, and openid-client is told the same.
 */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

export function isHttpsOrLoopback(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" || isLoopbackHttp(url);
}

const optionalText = (max: number, tooLong = "validation.textTooLong") =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, { error: tooLong }))),
    z.transform((value: string | undefined) => value || undefined),
  );

const httpUrl = z.optional(
  z
    .string()
    .check(
      z.trim(),
      z.maxLength(2000, { error: "validation.urlInvalid" }),
      z.refine(isHttpsOrLoopback, { error: "validation.urlInvalid" }),
    ),
);

export const ssoSettingsSchema = z
  .object({
    protocol: z.enum(["none", "oidc", "saml"], { error: "validation.ssoProtocolRequired" }),
    oidcIssuer: httpUrl,
    oidcClientId: optionalText(500),
    oidcClientSecret: optionalText(2000),
    samlEntryPoint: httpUrl,
    samlIdpIssuer: optionalText(2000),
    samlIdpCertificate: optionalText(20_000),
    // The identity provider's metadata, pasted (or uploaded: the action puts the file's text here).
    // When given, it fills in the three fields above, all at once or not at all (the server parses it).
    samlIdpMetadata: optionalText(256 * 1024, "samlSetup.metadataErrors.tooLarge"),
    samlContactEmail: optionalText(254).check(
      z.refine((value) => value === undefined || parseAccountEmail(value) !== null, {
        error: "validation.emailInvalid",
      }),
    ),
    isPasswordSignInAllowed: z.optional(z.literal("on")),
  })
  .check(
    z.superRefine((value, context) => {
      const required = (path: string, isMissing: boolean) => {
        if (isMissing) context.addIssue({ code: "custom", path: [path], message: "validation.required" });
      };
      if (value.protocol === "oidc") {
        required("oidcIssuer", !value.oidcIssuer);
        required("oidcClientId", !value.oidcClientId);
      }
      if (value.protocol === "saml" && !value.samlIdpMetadata) {
        required("samlEntryPoint", !value.samlEntryPoint);
        required("samlIdpCertificate", !value.samlIdpCertificate);
      }
      // Without an identity provider, nobody could sign in at all.
      if (value.protocol === "none" && !value.isPasswordSignInAllowed) {
        context.addIssue({
          code: "custom",
          path: ["isPasswordSignInAllowed"],
          message: "validation.ssoPasswordNeeded",
        });
      }
    }),
  );

export type SsoSettingsInput = z.output<typeof ssoSettingsSchema>;
