import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, Link, useSearchParams } from "react-router";
import { getRequestMeta } from "~/.server/auth/request-meta-from-context";
import { requireAnonymous, safeRedirectPath } from "~/.server/auth/require-user";
import { signIn } from "~/.server/auth/sign-in";
import { redirectWithNewSession } from "~/.server/auth/sign-in-session";
import { servicesContext } from "~/.server/context";
import { readFormData } from "~/.server/http/read-form-data";
import { ErrorSummary } from "~/components/form/error-summary";
import { TextField } from "~/components/form/text-field";
import { useValidatedForm } from "~/components/form/use-validated-form";
import { PageTitle } from "~/components/page-title";
import { signInSchema } from "~/schemas/auth";
import type { Route } from "./+types/sign-in";

export async function loader({ context }: Route.LoaderArgs) {
  requireAnonymous(context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAnonymous(context);
  const submission = parseWithZod(await readFormData(request), { schema: signInSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const services = context.get(servicesContext);
  const meta = getRequestMeta(context);
  const result = await signIn(services.db, { ...submission.value, meta });
  if (!result.ok) {
    const isRateLimited = result.reason === "rateLimited";
    const error = isRateLimited ? "auth.signIn.rateLimited" : "auth.signIn.invalid";
    return data(
      { result: submission.reply({ formErrors: [error], hideFields: ["password"] }) },
      { status: isRateLimited ? 429 : 401 },
    );
  }
  return redirectWithNewSession(services, {
    user: result.user,
    meta,
    redirectTo: safeRedirectPath(submission.value.redirectTo),
  });
}

export default function SignIn({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useValidatedForm(signInSchema, actionData?.result);
  const notice = searchParams.has("passwordChanged")
    ? t("auth.signIn.passwordChanged")
    : searchParams.has("signedOut")
      ? t("auth.signIn.signedOut")
      : null;
  return (
    <div className="narrow">
      <PageTitle title={t("auth.signIn.title")} />
      <h1>{t("auth.signIn.title")}</h1>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorSummary form={form} fieldOrder={["email", "password"]} />
      <Form method="post" {...getFormProps(form)} noValidate>
        <input
          {...getInputProps(fields.redirectTo, { type: "hidden", value: false })}
          value={searchParams.get("redirectTo") ?? ""}
        />
        <TextField field={fields.email} label={t("auth.signIn.email")} type="email" autoComplete="username" />
        <TextField
          field={fields.password}
          label={t("auth.signIn.password")}
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="button button--primary">
          {t("auth.signIn.submit")}
        </button>
      </Form>
      <p>
        <Link to="/glemt-adgangskode">{t("auth.signIn.forgot")}</Link>
      </p>
      <p>
        {t("auth.signIn.noAccount")}{" "}
        <Link
          to={
            searchParams.get("redirectTo")
              ? `/opret-konto?redirectTo=${encodeURIComponent(searchParams.get("redirectTo") ?? "")}`
              : "/opret-konto"
          }
        >
          {t("layout.signUp")}
        </Link>
      </p>
    </div>
  );
}
