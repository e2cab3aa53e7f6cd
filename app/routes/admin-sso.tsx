import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link } from "react-router";
import { requireRole } from "~/.server/auth/require-role";
import { servicesContext } from "~/.server/context";
import { redirectWithFlash } from "~/.server/http/flash-cookie";
import { readFormData } from "~/.server/http/read-form-data";
import { listEmailDomainClaims } from "~/.server/sso/list-email-domain-claims";
import { saveSsoSettings } from "~/.server/sso/save-sso-settings";
import { findSsoConnection } from "~/.server/sso/sso-connections";
import { ssoUrls } from "~/.server/sso/sso-urls";
import { EmailDomainsSummary } from "~/components/domains/email-domains-summary";
import { CheckboxField, RadioGroupField } from "~/components/form/choice-fields";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextField } from "~/components/form/text-field";
import { TextareaField } from "~/components/form/textarea-field";
import { useValidatedForm } from "~/components/form/use-validated-form";
import { PageTitle } from "~/components/page-title";
import { useTranslation } from "~/i18n/translation";
import { type SsoSettingsInput, ssoSettingsSchema } from "~/schemas/sso-settings";
import type { Route } from "./+types/admin-sso";

/** Administration: the organisation's single sign-on (OIDC or SAML) and whether passwords still work. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  const { config } = context.get(servicesContext);
  const [organisation, connection, domains] = await Promise.all([
    db
      .selectFrom("organisations")
      .select(["slug", "is_password_sign_in_allowed"])
      .where("id", "=", user.organisation_id)
      .executeTakeFirstOrThrow(),
    findSsoConnection(db, user.organisation_id),
    listEmailDomainClaims(db, user.organisation_id),
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
      isPasswordSignInAllowed: organisation.is_password_sign_in_allowed === 1 ? "on" : "",
    },
    hasClientSecret: Boolean(connection?.oidc_client_secret),
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

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, "admin");
  const submission = parseWithZod(await readFormData(request), { schema: ssoSettingsSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["oidcClientSecret"] }) }, { status: 400 });
  }
  const saved = await saveSsoSettings(db, user.organisation_id, submission.value);
  if (!saved.ok) {
    return data(
      { result: submission.reply({ fieldErrors: saved.fieldErrors, hideFields: ["oidcClientSecret"] }) },
      { status: 422 },
    );
  }
  return redirectWithFlash(context.get(servicesContext).config, "/admin/log-ind", [
    { key: "adminSso.saved" },
  ]);
}

const FIELD_ORDER: (keyof SsoSettingsInput)[] = [
  "protocol",
  "oidcIssuer",
  "oidcClientId",
  "oidcClientSecret",
  "samlEntryPoint",
  "samlIdpIssuer",
  "samlIdpCertificate",
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
        <Link to="/admin">{t("admin.back")}</Link>
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
      <Form method="post" {...getFormProps(form)} noValidate>
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
    </div>
  );
}
