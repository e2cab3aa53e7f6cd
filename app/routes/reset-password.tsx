import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, redirect } from "react-router";
import { isResetTokenUsable, resetPassword } from "~/.server/auth/password-reset";
import { getRequestMeta } from "~/.server/auth/request-meta-from-context";
import { servicesContext } from "~/.server/context";
import { readFormData } from "~/.server/http/read-form-data";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextField } from "~/components/form/text-field";
import { useValidatedForm } from "~/components/form/use-validated-form";
import { PageTitle } from "~/components/page-title";
import { useTranslation } from "~/i18n/translation";
import { resetPasswordSchema } from "~/schemas/auth";
import type { Route } from "./+types/reset-password";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  return {
    isUsable: await isResetTokenUsable(db, params.token),
    // Sent here by a verification confirmed in another browser than the account's (verify-email.tsx).
    isJustVerified: new URL(request.url).searchParams.has("bekraeftet"),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: resetPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { db } = context.get(servicesContext);
  const result = await resetPassword(db, {
    token: params.token,
    password: submission.value.password,
    meta: getRequestMeta(context),
  });
  if (!result.ok) {
    return data(
      { result: submission.reply({ formErrors: ["auth.reset.invalidToken"], hideFields: ["password"] }) },
      { status: 410 },
    );
  }
  return redirect("/log-ind?passwordChanged=1");
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(resetPasswordSchema, actionData?.result);
  return (
    <div className="narrow">
      <PageTitle title={t("auth.reset.title")} />
      <h1>{t("auth.reset.title")}</h1>
      {loaderData.isUsable ? (
        <>
          {loaderData.isJustVerified ? (
            <p className="notice" role="status">
              {t("verifyEmail.chooseNewPassword")}
            </p>
          ) : null}
          <ErrorSummary form={form} fieldOrder={["password"]} />
          <Form method="post" {...getFormProps(form)} noValidate>
            <TextField
              field={fields.password}
              label={t("auth.reset.password")}
              hint={t("auth.reset.passwordHint")}
              type="password"
              autoComplete="new-password"
            />
            <button type="submit" className="button button--primary">
              {t("auth.reset.submit")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p className="notice notice--warning">{t("auth.reset.invalidToken")}</p>
          <p>
            <Link to="/glemt-adgangskode">{t("auth.reset.requestNew")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
