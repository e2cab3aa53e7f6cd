import { X509Certificate } from "node:crypto";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { EmailDomainsSummary } from "~/features/sso/email-domains-summary";
import { findSignInSettings } from "~/features/sso/find-sign-in-settings.server";
import { listEmailDomainClaims } from "~/features/sso/list-email-domain-claims.server";
import { MAX_IDP_METADATA_BYTES } from "~/features/sso/parse-idp-metadata.server";
import { certificateFingerprint } from "~/features/sso/saml-certificates.server";
import { SamlServiceKeys } from "~/features/sso/saml-service-keys";
import {
  activateNextSamlServiceKey,
  listSamlServiceKeys,
  prepareNextSamlServiceKey,
  removePreviousSamlServiceKey,
  samlKeyName,
} from "~/features/sso/saml-service-keys.server";
import { saveSsoSettings } from "~/features/sso/save-sso-settings.server";
import { findSsoConnection } from "~/features/sso/sso-connections.server";
import { type SsoSettingsInput, ssoSettingsSchema } from "~/features/sso/sso-settings.schema";
import { ssoUrls } from "~/features/sso/sso-urls";
import { formatDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { fromDbTime } from "~/platform/db/time.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { CheckboxField, RadioGroupField } from "~/ui/form/choice-fields";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { TextareaField } from "~/ui/form/textarea-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/admin-sso.route";

export const handle: TextsHandle = { texts: ["forms", "admin", "signInSettings"] };

/** Administration: the organisation's single sign-on (OIDC or SAML) and whether passwords still work. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const { config } = context.get(servicesContext);
  const locale = context.get(localeContext);
  const [organisation, connection, domains, keys] = await Promise.all([
    findSignInSettings(db, user.organisation_id),
    findSsoConnection(db, user.organisation_id),
    listEmailDomainClaims(db, user.organisation_id),
    listSamlServiceKeys(db, user.organisation_id),
  ]);
  const urls = ssoUrls(config.publicUrl, organisation.slug);
  return {
    // The client secret is never sent back to the browser: the form says whether one is stored.
    settings: {
      protocol: connection?.protocol ?? "none",
      oidcIssuer: connection?.oidc_issuer ?? "",
      oidcClientId: connection?.oidc_client_id ?? "",
      samlEntryPoint: connection?.saml_entry_point ?? "",
      samlIdpIssuer: connection?.saml_idp_issuer ?? "",
      samlIdpCertificate: connection?.saml_idp_certificate ?? "",
      samlContactEmail: connection?.saml_contact_email ?? "",
      isPasswordSignInAllowed: organisation.is_password_sign_in_allowed === 1 ? "on" : "",
    },
    hasClientSecret: Boolean(connection?.oidc_client_secret),
    // Our SAML keys as the page shows them: certificates only, never a private key.
    samlKeys: keys.map((key) => ({
      role: key.role,
      fingerprint: certificateFingerprint(key.certificate),
      createdAt: formatDate(fromDbTime(key.created_at), locale),
      expiresAt: formatDate(new Date(new X509Certificate(key.certificate).validTo), locale),
    })),
    verifiedDomains: domains.filter((domain) => domain.verified_at !== null).map((domain) => domain.domain),
    pendingDomainCount: domains.filter((domain) => domain.verified_at === null).length,
    urls: {
      start: urls.start.href,
      oidcCallback: urls.oidcCallback.href,
      samlAcs: urls.samlAcs.href,
      samlEntityId: urls.samlEntityId.href,
    },
  };
}

const KEY_INTENTS = ["prepareKey", "activateKey", "removePreviousKey"] as const;

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const { config } = context.get(servicesContext);
  const form = await readFormData(request);
  const intent = form.get("intent");
  const keyIntent = KEY_INTENTS.find((name) => name === intent);
  if (keyIntent) {
    // Our own key pair (decision 033): made, taken into use and removed in three steps.
    if (keyIntent === "prepareKey") {
      const { slug } = await findSignInSettings(db, user.organisation_id);
      await prepareNextSamlServiceKey(db, {
        organisationId: user.organisation_id,
        commonName: samlKeyName(config.publicUrl, slug),
      });
    } else if (keyIntent === "activateKey") {
      await activateNextSamlServiceKey(db, user.organisation_id);
    } else {
      await removePreviousSamlServiceKey(db, user.organisation_id);
    }
    return redirectWithFlash(config, `${href("/admin/log-ind")}#saml-keys`, [
      { key: `samlSetup.changed.${keyIntent}`, at: "saml-keys" },
    ]);
  }
  const tooLarge = await takeUploadedMetadata(form);
  const submission = parseWithZod(form, { schema: ssoSettingsSchema });
  if (tooLarge) {
    return data(
      {
        result: submission.reply({
          fieldErrors: { samlIdpMetadata: ["samlSetup.metadataErrors.tooLarge"] },
          hideFields: ["oidcClientSecret"],
        }),
      },
      { status: 413 },
    );
  }
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["oidcClientSecret"] }) }, { status: 400 });
  }
  const { slug } = await findSignInSettings(db, user.organisation_id);
  const saved = await saveSsoSettings(db, user.organisation_id, submission.value, {
    samlKeyName: samlKeyName(config.publicUrl, slug),
  });
  if (!saved.ok) {
    return data(
      { result: submission.reply({ fieldErrors: saved.fieldErrors, hideFields: ["oidcClientSecret"] }) },
      { status: 422 },
    );
  }
  return redirectWithFlash(context.get(servicesContext).config, href("/admin/log-ind"), [
    { key: "adminSso.saved" },
  ]);
}

/**
 * An uploaded metadata file becomes the pasted text (which it fills in when that is empty), so one
 * field carries it and its errors. True when it is too large to read.
 */
async function takeUploadedMetadata(form: FormData): Promise<boolean> {
  const file = form.get("samlIdpMetadataFile");
  form.delete("samlIdpMetadataFile");
  if (!(file instanceof File) || file.size === 0) return false;
  if (file.size > MAX_IDP_METADATA_BYTES) return true;
  const pasted = form.get("samlIdpMetadata");
  if (typeof pasted !== "string" || pasted.trim() === "") form.set("samlIdpMetadata", await file.text());
  return false;
}

const FIELD_ORDER: (keyof SsoSettingsInput)[] = [
  "protocol",
  "oidcIssuer",
  "oidcClientId",
  "oidcClientSecret",
  "samlIdpMetadata",
  "samlEntryPoint",
  "samlIdpIssuer",
  "samlIdpCertificate",
  "samlContactEmail",
  "isPasswordSignInAllowed",
];

export default function AdminSso({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(ssoSettingsSchema, actionData?.result, {
    defaultValue: loaderData.settings,
  });
  const protocol = fields.protocol.value ?? loaderData.settings.protocol;
  const { urls } = loaderData;
  return (
    <div className="narrow">
      <PageTitle title={t("adminSso.title")} />
      <p>
        <Link to={href("/admin")}>{t("admin.back")}</Link>
      </p>
      <h1>{t("adminSso.title")}</h1>
      <p className="lead">{t("adminSso.intro")}</p>
      <EmailDomainsSummary
        verifiedDomains={loaderData.verifiedDomains}
        pendingCount={loaderData.pendingDomainCount}
        isPasswordOffWithoutDomain={
          loaderData.settings.isPasswordSignInAllowed === "" && loaderData.verifiedDomains.length === 0
        }
      />
      <ErrorSummary form={form} fieldOrder={FIELD_ORDER} />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} noValidate>
        <RadioGroupField
          field={fields.protocol}
          legend={t("adminSso.protocol")}
          options={[
            { value: "none", label: t("adminSso.protocolNone") },
            { value: "oidc", label: t("adminSso.protocolOidc") },
            { value: "saml", label: t("adminSso.protocolSaml") },
          ]}
        />
        {/* Both protocols' fields stay in the page (without JavaScript there is no switching); the
            chosen protocol's are the ones that count. */}
        <fieldset className="fieldset" aria-describedby="oidc-values">
          <legend>{t("adminSso.oidcHeading")}</legend>
          <p className="form-hint" id="oidc-values">
            {t("adminSso.oidcRedirectUri")} <code>{urls.oidcCallback}</code>
          </p>
          <TextField
            field={fields.oidcIssuer}
            label={t("adminSso.oidcIssuer")}
            type="text"
            autoComplete="off"
          />
          <TextField
            field={fields.oidcClientId}
            label={t("adminSso.oidcClientId")}
            type="text"
            autoComplete="off"
          />
          <TextField
            field={fields.oidcClientSecret}
            label={t("adminSso.oidcClientSecret")}
            hint={loaderData.hasClientSecret ? t("adminSso.oidcClientSecretKept") : undefined}
            type="password"
            autoComplete="new-password"
          />
        </fieldset>
        <fieldset className="fieldset" aria-describedby="saml-values">
          <legend>{t("adminSso.samlHeading")}</legend>
          <p className="form-hint" id="saml-values">
            {t("adminSso.samlAcs")} <code>{urls.samlAcs}</code>
            <br />
            {t("adminSso.samlEntityId")} <code>{urls.samlEntityId}</code>
          </p>
          <h2>{t("samlSetup.metadataHeading")}</h2>
          <p>{t("samlSetup.metadataIntro")}</p>
          <TextareaField
            field={fields.samlIdpMetadata}
            label={t("samlSetup.metadataText")}
            hint={t("samlSetup.metadataTextHint")}
            rows={4}
          />
          <div className="form-group">
            <label className="form-label" htmlFor="saml-metadata-file">
              {t("samlSetup.metadataFile")}
            </label>
            <input
              id="saml-metadata-file"
              name="samlIdpMetadataFile"
              type="file"
              accept=".xml,application/xml,text/xml,application/samlmetadata+xml"
              className="form-input"
              aria-describedby={fields.samlIdpMetadata.errors ? fields.samlIdpMetadata.errorId : undefined}
            />
          </div>
          <h2>{t("samlSetup.manualHeading")}</h2>
          <TextField
            field={fields.samlEntryPoint}
            label={t("adminSso.samlEntryPoint")}
            type="text"
            autoComplete="off"
          />
          <TextField
            field={fields.samlIdpIssuer}
            label={t("adminSso.samlIdpIssuer")}
            hint={t("adminSso.samlIdpIssuerHint")}
            type="text"
            autoComplete="off"
          />
          <TextareaField
            field={fields.samlIdpCertificate}
            label={t("adminSso.samlIdpCertificate")}
            hint={t("adminSso.samlIdpCertificateHint")}
          />
          <TextField
            field={fields.samlContactEmail}
            label={t("samlSetup.contactEmail")}
            hint={t("samlSetup.contactEmailHint")}
            type="email"
            autoComplete="email"
          />
        </fieldset>
        <CheckboxField field={fields.isPasswordSignInAllowed} label={t("adminSso.passwordSignIn")} />
        <button type="submit" className="button button--primary">
          {t("adminSso.submit")}
        </button>
      </Form>
      {protocol !== "none" ? (
        <p>
          {t("adminSso.startLink")} <code>{urls.start}</code>
        </p>
      ) : null}
      {loaderData.settings.protocol === "saml" ? (
        <SamlServiceKeys keys={loaderData.samlKeys} metadataUrl={urls.samlEntityId} />
      ) : null}
    </div>
  );
}
