import { getFormProps, getInputProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link, redirect, useSearchParams } from "react-router";
import { signUpSchema } from "~/features/account/auth.schema";
import { deliverEmailVerification } from "~/features/account/deliver-email-verification.server";
import { deliverSignUpAttempt } from "~/features/account/deliver-sign-up-attempt.server";
import { rememberDevice } from "~/features/account/device-cookie.server";
import { newSessionCookie } from "~/features/account/sign-in-session.server";
import { signUp } from "~/features/account/sign-up.server";
import { findInvitationForSignUp } from "~/features/dialogue/invitation-for-sign-up.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { requireAnonymous } from "~/platform/auth/require-user.server";
import { afterAnswerContext, localeContext, servicesContext } from "~/platform/context/context.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect-path.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/sign-up.route";

export const handle: TextsHandle = { texts: ["forms", "signIn"] };

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAnonymous(context);
  const { db } = context.get(servicesContext);
  // From an invitation: say who invited, and fill in the address it was sent to (issue 15, item 4).
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  return { invitation: await findInvitationForSignUp(db, redirectTo) };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireAnonymous(context);
  const submission = parseWithZod(await readFormData(request), { schema: signUpSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const services = context.get(servicesContext);
  const meta = getRequestMeta(context);
  const locale = context.get(localeContext);
  const organisation = await ensureDefaultOrganisation(services.db);
  const result = await signUp(services.db, {
    organisationId: organisation.id,
    ...submission.value,
    locale,
    meta,
  });
  if (!result.ok) {
    const isRateLimited = result.error === "rateLimited";
    const reply = isRateLimited
      ? submission.reply({ formErrors: ["auth.signUp.rateLimited"], hideFields: ["password"] })
      : submission.reply({ fieldErrors: { email: ["auth.signUp.ssoRequired"] }, hideFields: ["password"] });
    return data({ result: reply }, { status: isRateLimited ? 429 : 400 });
  }
  // The same answer whether or not the address had an account: "check your mail" (issue 13,
  // finding 7). Only a new account is signed in, so its leader can start at once; the mails go
  // after the answer, so its timing tells nothing either.
  const returnTo = submission.value.redirectTo
    ? safeRedirectPath(submission.value.redirectTo, { origin: services.config.publicUrl, fallback: "" })
    : "";
  const checkMail = returnTo
    ? `${href("/bekraeft-email")}?redirectTo=${encodeURIComponent(returnTo)}`
    : href("/bekraeft-email");
  const afterAnswer = context.get(afterAnswerContext);
  if (result.outcome === "addressInUse") {
    const owner = result.owner;
    afterAnswer.defer("sign-up attempt mail", () => deliverSignUpAttempt(services, { owner, locale }));
    return redirect(checkMail);
  }
  const user = result.user;
  afterAnswer.defer("verification mail", () =>
    deliverEmailVerification(services, { user, returnTo: returnTo || null, meta, locale }),
  );
  // The browser that made the account is the owner's known device from now on (decision 027).
  const headers = new Headers();
  headers.append("Set-Cookie", await newSessionCookie(services, { user, meta }));
  headers.append(
    "Set-Cookie",
    await rememberDevice(services.config, { cookieHeader: request.headers.get("Cookie"), userId: user.id }),
  );
  return redirect(checkMail, { headers });
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const invitation = loaderData?.invitation ?? null;
  const [form, fields] = useValidatedForm(signUpSchema, actionData?.result, {
    defaultValue: invitation ? { email: invitation.email } : undefined,
  });
  return (
    <div className="narrow">
      <PageTitle title={t("auth.signUp.title")} />
      <h1>{t("auth.signUp.title")}</h1>
      {invitation ? (
        <p className="lead">{t("invitation.signUpIntro", { name: invitation.leaderName })}</p>
      ) : (
        <p className="lead">{t("auth.signUp.intro")}</p>
      )}
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
          hint={invitation ? t("invitation.signUpEmailHint") : t("auth.signUp.emailHint")}
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
        <Link
          to={
            redirectTo ? `${href("/log-ind")}?redirectTo=${encodeURIComponent(redirectTo)}` : href("/log-ind")
          }
        >
          {t("layout.signIn")}
        </Link>
      </p>
    </div>
  );
}
