import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { retentionSchema } from "~/features/privacy/retention.schema";
import { findRetentionMonths, saveRetentionMonths } from "~/features/privacy/retention-period.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/admin-retention.route";

export const handle: TextsHandle = { texts: ["forms", "admin"] };

/** Administration: how long archived cycles are kept before the scheduler deletes them. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  return { retentionMonths: await findRetentionMonths(db, user.organisation_id) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, db } = await requireRole(context, request, PAGE_ROLES.admin);
  const submission = parseWithZod(await readFormData(request), { schema: retentionSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await saveRetentionMonths(db, user.organisation_id, submission.value.retentionMonths ?? null);
  return redirectWithFlash(context.get(servicesContext).config, href("/admin/opbevaring"), [
    { key: "retention.saved" },
  ]);
}

export default function AdminRetention({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(retentionSchema, actionData?.result, {
    defaultValue: { retentionMonths: loaderData.retentionMonths?.toString() ?? "" },
  });
  return (
    <div className="narrow">
      <PageTitle title={t("retention.title")} />
      <p>
        <Link to={href("/admin")}>{t("admin.back")}</Link>
      </p>
      <h1>{t("retention.title")}</h1>
      <p className="lead">{t("retention.intro")}</p>
      <p role="status">
        {loaderData.retentionMonths === null
          ? t("retention.keptNow")
          : t("retention.now", { count: loaderData.retentionMonths })}
      </p>
      <ErrorSummary form={form} fieldOrder={["retentionMonths"]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <TextField
          field={fields.retentionMonths}
          label={t("retention.months")}
          hint={t("retention.monthsHint")}
          type="text"
          autoComplete="off"
          isShort
        />
        <button type="submit" className="button button--primary">
          {t("retention.submit")}
        </button>
      </Form>
    </div>
  );
}
