import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link } from "react-router";
import { RESET_LINK_MINUTES, requestPasswordReset } from "~/.server/auth/password-reset";
import { getRequestMeta } from "~/.server/auth/request-meta-from-context";
import { requireAnonymous } from "~/.server/auth/require-user";
import { localeContext, servicesContext } from "~/.server/context";
import { readFormData } from "~/.server/http/read-form-data";
import { sendPasswordResetMail } from "~/.server/mail/send-password-reset-mail";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextField } from "~/components/form/text-field";
import { useValidatedForm } from "~/components/form/use-validated-form";
import { PageTitle } from "~/components/page-title";
import { isLocale } from "~/i18n/locales";
import { useTranslation } from "~/i18n/translation";
import { forgotPasswordSchema } from "~/schemas/auth";
import type { Route } from "./+types/forgot-password";

export async function loader({ context }: Route.LoaderArgs) {
  requireAnonymous(context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAnonymous(context);
  const submission = parseWithZod(await readFormData(request), { schema: forgotPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), sentTo: null }, { status: 400 });
  }
  const services = context.get(servicesContext);
  const result = await requestPasswordReset(services.db, {
    email: submission.value.email,
    meta: getRequestMeta(context),
  });
  if (result.status === "rateLimited") {
    return data(
      { result: submission.reply({ formErrors: ["auth.forgot.rateLimited"] }), sentTo: null },
      { status: 429 },
    );
  }
  if (result.user && result.token) {
    try {
      await sendPasswordResetMail(services, {
        user: result.user,
        token: result.token,
        locale: isLocale(result.user.locale) ? result.user.locale : context.get(localeContext),
      });
    } catch (error) {
      // The page says the same whether or not an account exists; a failed send is for operators.
      services.log.error({ err: error }, "password reset mail could not be sent");
    }
  }
  return {
    result: submission.reply({ resetForm: true }),
    sentTo: submission.value.email,
    minutes: RESET_LINK_MINUTES,
  };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(forgotPasswordSchema, actionData?.result);
  return (
    <div className="narrow">
      <PageTitle title={t("auth.forgot.title")} />
      <h1>{t("auth.forgot.title")}</h1>
      {actionData?.sentTo ? (
        <p className="notice" role="status">
          {t("auth.forgot.sent", { email: actionData.sentTo, minutes: actionData.minutes })}
        </p>
      ) : (
        <p className="lead">{t("auth.forgot.intro")}</p>
      )}
      <ErrorSummary form={form} fieldOrder={["email"]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <TextField field={fields.email} label={t("auth.forgot.email")} type="email" autoComplete="username" />
        <button type="submit" className="button button--primary">
          {t("auth.forgot.submit")}
        </button>
      </Form>
      <p>
        <Link to="/log-ind">{t("auth.forgot.back")}</Link>
      </p>
    </div>
  );
}
