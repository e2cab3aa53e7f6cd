import { href, Link } from "react-router";
import { useTranslation } from "~/i18n/translation";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t("layout.footerCredit")}</p>
        <nav aria-label={t("layout.footerNavigation")}>
          <ul>
            <li>
              <Link to={href("/om-vaerktoejet")}>{t("layout.about")}</Link>
            </li>
            <li>
              <Link to={href("/tilgaengelighed")}>{t("layout.accessibilityStatement")}</Link>
            </li>
            <li>
              <Link to={href("/privatliv")}>{t("layout.privacy")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
