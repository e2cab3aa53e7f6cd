import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, Form, href, Link } from "react-router";
import { resetPasswordSchema } from "~/features/account/auth.schema";
import { rememberDevice } from "~/features/account/device-cookie.server";
import { findUsablePasswordLinkPurpose, resetPassword } from "~/features/account/password-reset.server";
import { redirectWithNewSession } from "~/features/account/sign-in-session.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { ErrorSummary } from "~/ui/form/error-summary";
import { TextField } from "~/ui/form/text-field";
import { useValidatedForm } from "~/ui/form/use-validated-form";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/reset-password.route";

export const handle: TextsHandle = { texts: ["forms", "signIn", "account", "figures"] };

// Sent here by a verification confirmed in another browser than the account's, "choose a password"
// arrives in the flash cookie (verify-email.route.tsx).
export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const purpose = await findUsablePasswordLinkPurpose(db, params.token);
  return {
    isUsable: purpose !== undefined,
    // The roll-out mail's link chooses a first password (decision 038).
    isFirstPassword: purpose === "rollout",
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: resetPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const services = context.get(servicesContext);
  const meta = getRequestMeta(context);
  const result = await resetPassword(services.db, {
    token: params.token,
    password: submission.value.password,
    meta,
  });
  if (!result.ok) {
    return data(
      { result: submission.reply({ formErrors: ["auth.reset.invalidToken"], hideFields: ["password"] }) },
      { status: 410 },
    );
  }
  // The roll-out's link signs in at once: the leader proved the mailbox by opening it and just chose
  // the password, so asking for both again would add nothing but a detour (issue 15, item 7). The
  // session begins after the link was spent, so `invalidateCredentials` leaves it standing.
  if (result.purpose === "rollout") {
    return redirectWithNewSession(services, {
      user: result.user,
      meta,
      redirectTo: href("/min-lederdialog"),
      extraCookies: [
        await rememberDevice(services.config, {
          cookieHeader: request.headers.get("Cookie"),
          userId: result.user.id,
        }),
      ],
    });
  }
  return redirectWithFlash(services.config, href("/log-ind"), [{ key: "auth.signIn.passwordChanged" }]);
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(resetPasswordSchema, actionData?.result);
  const title = loaderData.isFirstPassword ? t("rollout.choosePasswordTitle") : t("auth.reset.title");
  return (
    <div className="narrow">
      <PageTitle title={title} />
      <h1>{title}</h1>
      {loaderData.isUsable ? (
        <>
          {loaderData.isFirstPassword ? <p className="lead">{t("rollout.choosePasswordIntro")}</p> : null}
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
            <Link to={href("/glemt-adgangskode")}>{t("auth.reset.requestNew")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
