import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { forgotPasswordSchema } from "~/features/account/auth.schema";
import { deliverPasswordReset } from "~/features/account/deliver-password-reset.server";
import { acceptPasswordResetRequest } from "~/features/account/password-reset.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { requireAnonymous } from "~/platform/auth/require-user.server";
import { afterAnswerContext, localeContext, servicesContext } from "~/platform/context/context.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { RESET_LINK_MINUTES } from "~/platform/mail/link-lifetimes.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/forgot-password.route";

export const handle: TextsHandle = { texts: ["forms", "signIn"] };

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
  const email = submission.value.email;
  const status = await acceptPasswordResetRequest(services.db, { email, meta: getRequestMeta(context) });
  if (status === "rateLimited") {
    return data(
      { result: submission.reply({ formErrors: ["auth.forgot.rateLimited"] }), sentTo: null },
      { status: 429 },
    );
  }
  // Whether the address has an account is looked up after the answer: the answer, and how long
  // it takes, are the same for every address (issue 13, finding 7).
  const locale = context.get(localeContext);
  context
    .get(afterAnswerContext)
    .defer("password reset mail", () => deliverPasswordReset(services, { email, locale }));
  return {
    result: submission.reply({ resetForm: true }),
    sentTo: email,
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
        <Link to={href("/log-ind")}>{t("auth.forgot.back")}</Link>
      </p>
    </div>
  );
}
