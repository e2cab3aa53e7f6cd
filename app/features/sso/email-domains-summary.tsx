import { href, Link } from "react-router";
import { useTranslation } from "~/i18n/translation";

/** On the sign-in settings: which domains are proven, and the way to the page that proves them. */
export function EmailDomainsSummary({
  verifiedDomains,
  pendingCount,
  isPasswordOffWithoutDomain,
}: {
  verifiedDomains: string[];
  pendingCount: number;
  isPasswordOffWithoutDomain: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="email-domains-heading">
      <h2 id="email-domains-heading">{t("domains.summaryHeading")}</h2>
      <p>
        {verifiedDomains.length > 0
          ? t("domains.summaryVerified", { domains: verifiedDomains.join(", ") })
          : t("domains.summaryNone")}
        {pendingCount > 0 ? ` ${t("domains.summaryPending", { count: pendingCount })}` : null}
      </p>
      {isPasswordOffWithoutDomain ? (
        <p className="notice notice--warning">{t("domains.passwordOffWithoutDomain")}</p>
      ) : null}
      <p>
        <Link to={href("/admin/log-ind/domaener")}>{t("domains.link")}</Link>
      </p>
    </section>
  );
}
