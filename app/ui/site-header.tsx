import { Form, href, NavLink, useLocation } from "react-router";
import { useTranslation } from "~/i18n/translation";
import type { WorkPages } from "~/platform/auth/permissions";

/**
 * The pages of the person's roles, as the server decided (`workPagesFor` in
 * platform/auth/permissions.ts): never one that is a 404.
 */
const WORK_LINKS = [
  { page: "figures", to: href("/tal"), label: "layout.figures" },
  { page: "rollout", to: href("/udrul"), label: "layout.rollout" },
  { page: "admin", to: href("/admin"), label: "layout.admin" },
] as const;

export function SiteHeader({ user }: { user: { name: string; work: WorkPages } | null }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__brand" href={user ? href("/min-lederdialog") : "/"}>
          {t("meta.appName")}
        </a>
        <nav aria-label={t("layout.mainNavigation")} className="site-nav">
          <ul>
            {user ? (
              <li>
                <NavLink to={href("/min-lederdialog")}>{t("layout.myDialog")}</NavLink>
              </li>
            ) : null}
            {WORK_LINKS.filter((link) => user?.work[link.page]).map((link) => (
              <li key={link.to}>
                <NavLink to={link.to}>{t(link.label)}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to={href("/om-vaerktoejet")}>{t("layout.about")}</NavLink>
            </li>
            {user ? null : (
              <>
                <li>
                  <NavLink to={href("/log-ind")}>{t("layout.signIn")}</NavLink>
                </li>
                <li>
                  <NavLink to={href("/opret-konto")}>{t("layout.signUp")}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="site-header__tools">
          {user ? (
            <Form method="post" action={href("/log-ud")} className="inline-form">
              <span className="site-header__user">{t("layout.signedInAs", { name: user.name })}</span>{" "}
              <button type="submit" className="button button--link">
                {t("layout.signOut")}
              </button>
            </Form>
          ) : null}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}

/**
 * A plain form: works without JavaScript, and reloads the whole document so that the page and its
 * texts switch language together.
 */
function LanguageSwitch() {
  const { t, language } = useTranslation();
  const location = useLocation();
  const other = language === "en" ? "da" : "en";
  return (
    <Form method="post" action={href("/sprog")} reloadDocument className="inline-form">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        className="button button--link"
        lang={other}
        aria-label={t("layout.switchLanguageLabel")}
      >
        {t("layout.switchLanguage")}
      </button>
    </Form>
  );
}
