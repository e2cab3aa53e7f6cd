import { href, Link } from "react-router";
import type { SsoFailure } from "~/features/sso/sso-identity.server";
import { useTranslation } from "~/i18n/translation";
import { PageTitle } from "~/ui/page-title";

/** Why a sign-in through the organisation's identity provider stopped, and the way back. */
export function SsoFailureMessage({ failure }: { failure: SsoFailure }) {
  const { t } = useTranslation();
  // The reasons added in issue 13 have their texts in the ssoProtection section.
  const text =
    failure === "invalidEmail" || failure === "tooManyAttempts"
      ? t(`ssoProtection.failure.${failure}`)
      : t(`auth.sso.failure.${failure}`);
  return (
    <div className="narrow">
      <PageTitle title={t("auth.sso.failureTitle")} />
      <h1>{t("auth.sso.failureTitle")}</h1>
      <p role="alert">{text}</p>
      <p>
        <Link to={href("/log-ind")}>{t("auth.sso.backToSignIn")}</Link>
      </p>
    </div>
  );
}
