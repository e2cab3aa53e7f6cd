import { Link } from "react-router";
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
              <Link to="/om-vaerktoejet">{t("layout.about")}</Link>
            </li>
            <li>
              <Link to="/tilgaengelighed">{t("layout.accessibilityStatement")}</Link>
            </li>
            <li>
              <Link to="/privatliv">{t("layout.privacy")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
