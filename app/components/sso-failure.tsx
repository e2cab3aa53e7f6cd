import { Link } from "react-router";
import type { SsoFailure } from "~/.server/sso/sso-identity";
import { useTranslation } from "~/i18n/translation";
import { PageTitle } from "./page-title";

/** Why a sign-in through the organisation's identity provider stopped, and the way back. */
export function SsoFailureMessage({ failure }: { failure: SsoFailure }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle title={t("auth.sso.failureTitle")} />
      <h1>{t("auth.sso.failureTitle")}</h1>
      <p role="alert">{t(`auth.sso.failure.${failure}`)}</p>
      <p>
        <Link to="/log-ind">{t("auth.sso.backToSignIn")}</Link>
      </p>
    </div>
  );
}
