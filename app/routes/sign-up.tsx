import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, Link, useSearchParams } from "react-router";
import { getRequestMeta } from "~/.server/auth/request-meta-from-context";
import { requireAnonymous } from "~/.server/auth/require-user";
import { redirectWithNewSession } from "~/.server/auth/sign-in-session";
import { signUp } from "~/.server/auth/sign-up";
import { localeContext, servicesContext } from "~/.server/context";
import { readFormData } from "~/.server/http/read-form-data";
import { safeRedirectPath } from "~/.server/http/safe-redirect-path";
import { ensureDefaultOrganisation } from "~/.server/organisations/ensure-default-organisation";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextField } from "~/components/form/text-field";
import { useValidatedForm } from "~/components/form/use-validated-form";
import { PageTitle } from "~/components/page-title";
import { useTranslation } from "~/i18n/translation";
import { signUpSchema } from "~/schemas/auth";
import type { Route } from "./+types/sign-up";

export async function loader({ context }: Route.LoaderArgs) {
  requireAnonymous(context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAnonymous(context);
  const submission = parseWithZod(await readFormData(request), { schema: signUpSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const services = context.get(servicesContext);
  const organisation = await ensureDefaultOrganisation(services.db);
  const result = await signUp(services.db, {
    organisationId: organisation.id,
    ...submission.value,
    locale: context.get(localeContext),
    meta: getRequestMeta(context),
  });
  if (!result.ok) {
    const isRateLimited = result.error === "rateLimited";
    const reply = isRateLimited
      ? submission.reply({ formErrors: ["auth.signUp.rateLimited"], hideFields: ["password"] })
      : submission.reply({
          fieldErrors: {
            email: [result.error === "ssoRequired" ? "auth.signUp.ssoRequired" : "auth.signUp.emailTaken"],
          },
          hideFields: ["password"],
        });
    return data({ result: reply }, { status: isRateLimited ? 429 : 400 });
  }
  return redirectWithNewSession(services, {
    user: result.user,
    meta: getRequestMeta(context),
    redirectTo: safeRedirectPath(submission.value.redirectTo, { origin: services.config.publicUrl }),
  });
}

export default function SignUp({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const [form, fields] = useValidatedForm(signUpSchema, actionData?.result);
  return (
    <div className="narrow">
      <PageTitle title={t("auth.signUp.title")} />
      <h1>{t("auth.signUp.title")}</h1>
      <p className="lead">{t("auth.signUp.intro")}</p>
      <ErrorSummary form={form} fieldOrder={["name", "email", "password"]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <input {...getInputProps(fields.redirectTo, { type: "hidden", value: false })} value={redirectTo} />
        <TextField
          field={fields.name}
          label={t("auth.signUp.name")}
          hint={t("auth.signUp.nameHint")}
          type="text"
          autoComplete="name"
        />
        <TextField
          field={fields.email}
          label={t("auth.signUp.email")}
          hint={t("auth.signUp.emailHint")}
          type="email"
          autoComplete="username"
        />
        <TextField
          field={fields.password}
          label={t("auth.signUp.password")}
          hint={t("auth.signUp.passwordHint")}
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="button button--primary">
          {t("auth.signUp.submit")}
        </button>
      </Form>
      <p>
        {t("auth.signUp.haveAccount")}{" "}
        <Link to={redirectTo ? `/log-ind?redirectTo=${encodeURIComponent(redirectTo)}` : "/log-ind"}>
          {t("layout.signIn")}
        </Link>
      </p>
    </div>
  );
}
