import { data, Form, href, Link, redirect } from "react-router";
import { createPasswordResetToken } from "~/features/account/password-reset.server";
import { findUsableVerification, verifyEmail } from "~/features/account/verify-email.server";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { getOptionalUser } from "~/platform/auth/require-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect-path.server";
import { PageTitle } from "~/ui/page-title";
import type { Route } from "./+types/verify-email.route";

export const handle: TextsHandle = { texts: ["account"] };

// The link from the verification mail. Opening it changes nothing (mail scanners open links); the
// person confirms with the button, which spends the link and continues where they were going —
// back on the invitation, when they signed up from one.

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const found = await findUsableVerification(db, params.token);
  if (!found) return data({ state: "invalid" as const }, { status: 410 });
  return { state: "usable" as const, email: found.email, name: found.name };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  await readFormData(request);
  const { db, config } = context.get(servicesContext);
  const result = await verifyEmail(db, {
    token: params.token,
    meta: getRequestMeta(context),
    confirmedByUserId: getOptionalUser(context)?.id ?? null,
  });
  if (!result.ok) return data({ error: "invalid" as const }, { status: 410 });
  if (result.isReclaimed) {
    // Confirmed in another browser than the account's own: the mailbox's owner chooses the
    // password now, on the reset page (the one from sign-up is gone, with its sessions).
    // The notice travels in the flash cookie, not a query flag (decision 038).
    const reset = await createPasswordResetToken(db, { email: result.email });
    if (reset) {
      throw await redirectWithFlash(config, href("/nulstil-adgangskode/:token", { token: reset.token }), [
        { key: "verifyEmail.chooseNewPassword" },
      ]);
    }
    // No password to choose (single sign-on only): signing in is the way on.
    throw await redirectWithFlash(config, href("/log-ind"), [{ key: "verifyEmail.verifiedNotice" }]);
  }
  if (result.returnTo) throw redirect(safeRedirectPath(result.returnTo, { origin: config.publicUrl }));
  // Confirmed in the account's own session: its page says so from the account itself.
  throw redirect(href("/bekraeft-email"));
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (loaderData.state === "invalid" || actionData?.error) {
    return (
      <div className="narrow">
        <PageTitle title={t("verifyEmail.confirmTitle")} />
        <h1>{t("verifyEmail.confirmTitle")}</h1>
        <p className="notice notice--warning" role={actionData?.error ? "alert" : undefined}>
          {t("verifyEmail.invalid")}
        </p>
        <p>
          <Link to={href("/min-lederdialog")}>{t("verifyEmail.continue")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageTitle title={t("verifyEmail.confirmTitle")} />
      <h1>{t("verifyEmail.confirmTitle")}</h1>
      <p className="lead">
        {t("verifyEmail.confirmIntro", { email: loaderData.email, name: loaderData.name })}
      </p>
      <p>{t("verifyEmail.confirmNotYou")}</p>
      <Form method="post">
        <button type="submit" className="button button--primary">
          {t("verifyEmail.confirm")}
        </button>
      </Form>
    </div>
  );
}
