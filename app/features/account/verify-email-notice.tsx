import { Form, href } from "react-router";
import { useTranslation } from "~/i18n/translation";

/**
 * The calm reminder while an account's address is not verified yet: what was sent where, and
 * "send the link again" (a plain form, so it works without JavaScript). `returnTo` is where the
 * new link leads back to.
 */
export function VerifyEmailNotice({
  email,
  returnTo,
  text,
}: {
  email: string;
  returnTo: string;
  text?: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="notice notice--section" aria-labelledby="verify-email-notice-title">
      <h2 id="verify-email-notice-title">{t("verifyEmail.noticeTitle")}</h2>
      <p>{text ?? t("verifyEmail.notice", { email })}</p>
      <Form method="post" action={href("/bekraeft-email")}>
        <input type="hidden" name="redirectTo" value={returnTo} />
        <p>{t("verifyEmail.notArrived")}</p>
        <button type="submit" className="button button--secondary">
          {t("verifyEmail.resend")}
        </button>
      </Form>
    </section>
  );
}
