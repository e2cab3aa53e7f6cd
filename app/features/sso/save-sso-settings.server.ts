import type { SsoSettingsInput } from "~/features/sso/sso-settings.schema";
import type { DB } from "~/platform/db/database.server";
import type { SsoConnection } from "~/platform/db/tables/sso.table";
import { nowDbTime } from "~/platform/db/time.server";
import { discoverOidcProvider } from "./oidc-sign-in.server";
import { parseIdpMetadata } from "./parse-idp-metadata.server";
import { isValidCertificate, MAX_IDP_CERTIFICATES, splitPemCertificates } from "./saml-certificates.server";
import { ensureSamlServiceKeys } from "./saml-service-keys.server";
import { findSsoConnection, listEmailDomains } from "./sso-connections.server";
import { SsoError } from "./sso-identity.server";
import { dropSsoIdentityLinks } from "./sso-identity-links.server";
import { ssoProvidersOf } from "./sso-provider.server";

export type SsoSettingsFieldErrors = Partial<Record<keyof SsoSettingsInput, string[]>>;

/** The form's values; the SAML additions of issue 14 may be left out (as by callers from before). */
export type SsoSettingsToSave = Omit<SsoSettingsInput, "samlIdpMetadata" | "samlContactEmail"> &
  Partial<Pick<SsoSettingsInput, "samlIdpMetadata" | "samlContactEmail">>;

/**
 * Saves an organisation's identity provider and the password switch, after checking what can only
 * be checked on the server: the OIDC provider answers with these credentials' issuer, the
 * certificates parse, the identity provider's metadata (when given) is whole, and password sign-in
 * is turned off only with a proven e-mail domain (the domains themselves are proven on their own
 * page: `addEmailDomain`, `checkEmailDomain`). A SAML connection gets our key pair on first save.
 */
export async function saveSsoSettings(
  db: DB,
  organisationId: string,
  given: SsoSettingsToSave,
  options: { samlKeyName?: string } = {},
): Promise<{ ok: true } | { ok: false; fieldErrors: SsoSettingsFieldErrors }> {
  const imported = importIdpMetadata(given);
  if (!imported.ok) return { ok: false, fieldErrors: { samlIdpMetadata: [imported.error] } };
  const input = imported.input;
  const stored = await findSsoConnection(db, organisationId);
  const clientSecret =
    input.oidcClientSecret ?? (stored?.protocol === "oidc" ? stored.oidc_client_secret : null) ?? undefined;
  const fieldErrors = await checkProvider(input, clientSecret);
  if (!input.isPasswordSignInAllowed && (await isTurningPasswordsOffWithoutDomain(db, organisationId))) {
    fieldErrors.isPasswordSignInAllowed = ["domains.errors.passwordNeedsVerifiedDomain"];
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom("sso_connections").where("organisation_id", "=", organisationId).execute();
    const connection = input.protocol === "none" ? null : connectionFrom(organisationId, input, clientSecret);
    // Links and open proofs belong to the provider that made them: switched off or replaced
    // (another issuer, entity ID or signing certificate), they go (docs/decisions/023).
    await dropSsoIdentityLinks(tx, {
      organisationId,
      keepProviders: connection ? ssoProvidersOf(connection) : [],
    });
    if (connection) await tx.insertInto("sso_connections").values(connection).execute();
    await tx
      .updateTable("organisations")
      .set({ is_password_sign_in_allowed: input.isPasswordSignInAllowed ? 1 : 0 })
      .where("id", "=", organisationId)
      .execute();
  });
  if (input.protocol === "saml") {
    await ensureSamlServiceKeys(db, { organisationId, commonName: options.samlKeyName ?? organisationId });
  }
  return { ok: true };
}

/**
 * The identity provider's metadata, when given, replaces the entry point, entity ID and
 * certificates — all three, or nothing is taken and the error names what is wrong.
 */
function importIdpMetadata(
  input: SsoSettingsToSave,
): { ok: true; input: SsoSettingsToSave } | { ok: false; error: string } {
  if (input.protocol !== "saml" || !input.samlIdpMetadata) return { ok: true, input };
  const parsed = parseIdpMetadata(input.samlIdpMetadata);
  if (!parsed.ok) return { ok: false, error: `samlSetup.metadataErrors.${parsed.error}` };
  const { entityId, ssoUrl, certificates } = parsed.metadata;
  return {
    ok: true,
    input: {
      ...input,
      samlEntryPoint: ssoUrl,
      samlIdpIssuer: entityId,
      samlIdpCertificate: certificates.join(""),
    },
  };
}

function connectionFrom(
  organisationId: string,
  input: SsoSettingsToSave,
  clientSecret: string | undefined,
): SsoConnection {
  const isOidc = input.protocol === "oidc";
  return {
    organisation_id: organisationId,
    protocol: isOidc ? "oidc" : "saml",
    oidc_issuer: isOidc ? (input.oidcIssuer ?? null) : null,
    oidc_client_id: isOidc ? (input.oidcClientId ?? null) : null,
    oidc_client_secret: isOidc ? (clientSecret ?? null) : null,
    saml_entry_point: isOidc ? null : (input.samlEntryPoint ?? null),
    saml_idp_issuer: isOidc ? null : (input.samlIdpIssuer ?? null),
    saml_idp_certificate: isOidc ? null : (input.samlIdpCertificate ?? null),
    saml_contact_email: isOidc ? null : (input.samlContactEmail ?? null),
    updated_at: nowDbTime(),
  };
}

async function checkProvider(input: SsoSettingsToSave, clientSecret: string | undefined) {
  const fieldErrors: SsoSettingsFieldErrors = {};
  if (input.protocol === "oidc" && input.oidcIssuer && input.oidcClientId) {
    if (!clientSecret) {
      fieldErrors.oidcClientSecret = ["validation.required"];
    } else {
      try {
        await discoverOidcProvider({
          issuer: input.oidcIssuer,
          clientId: input.oidcClientId,
          clientSecret,
        });
      } catch (error) {
        if (!(error instanceof SsoError)) throw error;
        fieldErrors.oidcIssuer = ["validation.ssoIssuerUnreachable"];
      }
    }
  }
  if (input.protocol === "saml" && input.samlIdpCertificate) {
    const certificates = splitPemCertificates(input.samlIdpCertificate);
    if (certificates.length === 0 || !certificates.every(isValidCertificate)) {
      fieldErrors.samlIdpCertificate = ["validation.ssoCertificateInvalid"];
    } else if (certificates.length > MAX_IDP_CERTIFICATES) {
      fieldErrors.samlIdpCertificate = ["samlSetup.tooManyCertificates"];
    }
  }
  return fieldErrors;
}

/**
 * Password sign-in may be turned off only by an organisation with a proven domain (decision 024).
 * An organisation that had it off before domains were proven keeps it off for its own accounts.
 */
async function isTurningPasswordsOffWithoutDomain(db: DB, organisationId: string): Promise<boolean> {
  const organisation = await db
    .selectFrom("organisations")
    .select("is_password_sign_in_allowed")
    .where("id", "=", organisationId)
    .executeTakeFirstOrThrow();
  return (
    organisation.is_password_sign_in_allowed === 1 &&
    (await listEmailDomains(db, organisationId)).length === 0
  );
}
