import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { addEmailDomain } from "~/features/sso/add-email-domain.server";
import { checkEmailDomain } from "~/features/sso/check-email-domain.server";
import { addEmailDomainSchema, emailDomainActionSchema } from "~/features/sso/email-domain.schema";
import { EmailDomainCard, type EmailDomainView } from "~/features/sso/email-domain-card";
import { listEmailDomainClaims } from "~/features/sso/list-email-domain-claims.server";
import { DOMAIN_PROOF_LABEL, DOMAIN_PROOF_PREFIX } from "~/features/sso/look-up-domain-proof.server";
import { removeEmailDomain } from "~/features/sso/remove-email-domain.server";
import { formatDateTime } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { translateError } from "~/ui/form/translate-error";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/admin-email-domains.route";

export const handle: TextsHandle = { texts: ["forms", "signInSettings"] };

const PAGE = href("/admin/log-ind/domaener");

/**
 * Administration: the organisation's e-mail domains. A domain is added pending, with a token to put
 * in a DNS TXT record, and counts only once "check now" finds it there (decision 024).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const locale = context.get(localeContext);
  const claims = await listEmailDomainClaims(db, user.organisation_id);
  const shown = (time: string | null) => (time ? formatDateTime(new Date(time), locale) : null);
  const domains: EmailDomainView[] = claims.map((claim) => ({
    domain: claim.domain,
    isVerified: claim.verified_at !== null,
    verifiedAt: shown(claim.verified_at),
    checkedAt: shown(claim.checked_at),
    checkResult: claim.check_result,
    recordName: `${DOMAIN_PROOF_LABEL}.${claim.domain}`,
    recordValue: `${DOMAIN_PROOF_PREFIX}${claim.verification_token}`,
  }));
  return { domains };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const formData = await readFormData(request);
  if (formData.get("intent") === "add") {
    const submission = parseWithZod(formData, { schema: addEmailDomainSchema });
    if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
    const added = await addEmailDomain(db, {
      organisationId: user.organisation_id,
      domain: submission.value.domain,
    });
    if (!added.ok) {
      const reply = submission.reply({ fieldErrors: { domain: [`domains.errors.${added.error}`] } });
      return data({ result: reply }, { status: 422 });
    }
    return redirectWithFlash(context.get(servicesContext).config, PAGE, [
      { key: "domains.added", values: { domain: added.domain } },
    ]);
  }
  const submission = parseWithZod(formData, { schema: emailDomainActionSchema });
  if (submission.status !== "success")
    return data({ actionError: "domains.errors.unknownAction" }, { status: 400 });
  const { intent, domain } = submission.value;
  if (intent === "check") {
    const { config } = context.get(servicesContext);
    const result = await checkEmailDomain(db, {
      organisationId: user.organisation_id,
      domain,
      dnsServers: config.dnsServers,
    });
    if (result === undefined) return data({ actionError: "domains.errors.notFound" }, { status: 404 });
    return redirectWithFlash(config, PAGE, [{ key: "domains.checked", values: { domain } }]);
  }
  const removed = await removeEmailDomain(db, { organisationId: user.organisation_id, domain });
  if (!removed.ok) {
    const status = removed.error === "notFound" ? 404 : 409;
    return data({ actionError: `domains.errors.${removed.error}` }, { status });
  }
  return redirectWithFlash(context.get(servicesContext).config, PAGE, [
    { key: "domains.removed", values: { domain } },
  ]);
}

export default function AdminEmailDomains({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(
    addEmailDomainSchema,
    actionData && "result" in actionData ? actionData.result : undefined,
  );
  const actionError = actionData && "actionError" in actionData ? actionData.actionError : undefined;
  return (
    <div className="narrow">
      <PageTitle title={t("domains.title")} />
      <p>
        <Link to={href("/admin/log-ind")}>{t("domains.back")}</Link>
      </p>
      <h1>{t("domains.title")}</h1>
      <p className="lead">{t("domains.intro")}</p>
      {actionError ? (
        <p className="notice notice--warning" role="alert">
          {translateError(t, actionError)}
        </p>
      ) : null}
      <h2>{t("domains.listHeading")}</h2>
      {loaderData.domains.length === 0 ? <p>{t("domains.none")}</p> : null}
      {loaderData.domains.map((view, index) => (
        <EmailDomainCard key={view.domain} view={view} index={index} />
      ))}
      <h2>{t("domains.addHeading")}</h2>
      <ErrorSummary form={form} fieldOrder={["domain"]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <input type="hidden" name="intent" value="add" />
        <TextField
          field={fields.domain}
          label={t("domains.addLabel")}
          hint={t("domains.addHint")}
          type="text"
          autoComplete="off"
        />
        <button type="submit" className="button button--primary">
          {t("domains.add")}
        </button>
      </Form>
    </div>
  );
}
