import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link, redirect, useSearchParams } from "react-router";
import { signInSchema, ssoSignInSchema } from "~/features/account/auth.schema";
import { readKnownDevices, rememberDevice } from "~/features/account/device-cookie.server";
import { findEmailDomainOwner } from "~/features/account/email-domain-policy.server";
import { mailSignInFromNewDevice } from "~/features/account/mail-new-device.server";
import { signIn } from "~/features/account/sign-in.server";
import { redirectWithNewSession } from "~/features/account/sign-in-session.server";
import { pathAfterSignIn } from "~/features/home/find-landing-path.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { requireAnonymous } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect-path.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/sign-in.route";

export const handle: TextsHandle = { texts: ["forms", "signIn", "account"] };

export async function loader({ context }: Route.LoaderArgs) {
  requireAnonymous(context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAnonymous(context);
  const formData = await readFormData(request);
  if (formData.get("intent") === "sso") return continueToSso(context, formData);
  const submission = parseWithZod(formData, { schema: signInSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const services = context.get(servicesContext);
  const meta = getRequestMeta(context);
  const cookieHeader = request.headers.get("Cookie");
  const knownDevices = await readKnownDevices(services.config, cookieHeader);
  const result = await signIn(services.db, { ...submission.value, meta, knownDevices });
  if (!result.ok) {
    const { error, status } = SIGN_IN_FAILURES[result.reason];
    return data({ result: submission.reply({ formErrors: [error], hideFields: ["password"] }) }, { status });
  }
  if (!result.isKnownDevice && !result.isFirstSignIn) {
    await mailSignInFromNewDevice(services, {
      user: result.user,
      userAgent: meta.userAgent,
      pageLocale: context.get(localeContext),
    });
  }
  return redirectWithNewSession(services, {
    user: result.user,
    meta,
    redirectTo: await pathAfterSignIn(services.db, {
      userId: result.user.id,
      safeRequested: safeRedirectPath(submission.value.redirectTo, {
        origin: services.config.publicUrl,
        fallback: "",
      }),
    }),
    extraCookies: [await rememberDevice(services.config, { cookieHeader, userId: result.user.id })],
    credentialsCheckedAt: result.credentialsCheckedAt,
  });
}

const SIGN_IN_FAILURES = {
  invalid: { error: "auth.signIn.invalid", status: 401 },
  throttled: { error: "throttle.signIn.throttled", status: 429 },
  ssoRequired: { error: "auth.signIn.ssoRequired", status: 403 },
} as const;

/** "Sign in with your organisation": the e-mail's domain names the organisation's identity provider. */
async function continueToSso(context: Route.ActionArgs["context"], formData: FormData) {
  const submission = parseWithZod(formData, { schema: ssoSignInSchema });
  if (submission.status !== "success") return data({ ssoResult: submission.reply() }, { status: 400 });
  const { db, config } = context.get(servicesContext);
  const owner = await findEmailDomainOwner(db, submission.value.email);
  if (!owner?.hasSso) {
    return data(
      { ssoResult: submission.reply({ fieldErrors: { email: ["auth.signIn.ssoUnknownDomain"] } }) },
      { status: 404 },
    );
  }
  const redirectTo = safeRedirectPath(submission.value.redirectTo, { origin: config.publicUrl });
  return redirect(`/sso/${encodeURIComponent(owner.slug)}?redirectTo=${encodeURIComponent(redirectTo)}`);
}

export default function SignIn({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const [form, fields] = useValidatedForm(
    signInSchema,
    actionData && "result" in actionData ? actionData.result : undefined,
  );
  const [ssoForm, ssoFields] = useValidatedForm(
    ssoSignInSchema,
    actionData && "ssoResult" in actionData ? actionData.ssoResult : undefined,
    { id: "sso" },
  );
  return (
    <div className="narrow">
      <PageTitle title={t("auth.signIn.title")} />
      <h1>{t("auth.signIn.title")}</h1>
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
        <Link to={href("/glemt-adgangskode")}>{t("auth.signIn.forgot")}</Link>
      </p>
      <section aria-labelledby="sso-heading">
        <h2 id="sso-heading">{t("auth.signIn.ssoHeading")}</h2>
        <p>{t("auth.signIn.ssoIntro")}</p>
        <ErrorSummary form={ssoForm} fieldOrder={["email"]} />
        <Form method="post" {...getFormProps(ssoForm)} noValidate>
          <input type="hidden" name="intent" value="sso" />
          <input
            {...getInputProps(ssoFields.redirectTo, { type: "hidden", value: false })}
            value={searchParams.get("redirectTo") ?? ""}
          />
          <TextField
            field={ssoFields.email}
            label={t("auth.signIn.ssoEmail")}
            type="email"
            autoComplete="email"
          />
          <button type="submit" className="button button--secondary">
            {t("auth.signIn.ssoSubmit")}
          </button>
        </Form>
      </section>
      <p>
        {t("auth.signIn.noAccount")}{" "}
        <Link
          to={
            searchParams.get("redirectTo")
              ? `${href("/opret-konto")}?redirectTo=${encodeURIComponent(searchParams.get("redirectTo") ?? "")}`
              : href("/opret-konto")
          }
        >
          {t("layout.signUp")}
        </Link>
      </p>
    </div>
  );
}
