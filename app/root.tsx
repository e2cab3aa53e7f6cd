import { useEffect } from "react";
import {
  isRouteErrorResponse,
  Links,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "react-router";
import { getOptionalUser } from "~/.server/auth/require-user";
import { localeContext, servicesContext } from "~/.server/context";
import { workPagesFor } from "~/.server/home/work-pages";
import { readFlash } from "~/.server/http/flash-cookie";
import { databaseUnavailableMiddleware } from "~/.server/middleware/database-unavailable-middleware";
import { flashMiddleware, flashShownContext } from "~/.server/middleware/flash-middleware";
import { sessionMiddleware } from "~/.server/middleware/session-middleware";
import { findUserRoles } from "~/.server/users/users";
import { useTranslation } from "~/i18n/translation";
import type { Route } from "./+types/root";
import { FlashNotices } from "./components/flash-notices";
import { useNonce } from "./components/nonce";
import { PageTitle } from "./components/page-title";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { loadCatalog } from "./i18n/load-catalog";
import stylesheet from "./styles/app.css?url";

export const middleware: Route.MiddlewareFunction[] = [
  databaseUnavailableMiddleware,
  sessionMiddleware,
  flashMiddleware,
];

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = getOptionalUser(context);
  const locale = context.get(localeContext);
  // A notice the last action left (redirectWithFlash); the middleware clears it once shown.
  const flash = await readFlash(context.get(servicesContext).config, request.headers.get("Cookie"));
  if (flash.length > 0) context.set(flashShownContext, true);
  if (!user) return { locale, user: null, flash };
  // Only what the header needs: the root loader's data is in every page's HTML. The work pages are
  // decided here, on the server, by the same role lists the pages check (issue 15, item 6).
  const roles = await findUserRoles(context.get(servicesContext).db, user.id);
  return { locale, user: { name: user.name, work: workPagesFor(roles) }, flash };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const { t, language } = useTranslation();
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  useSyncedLanguage(data?.locale);
  return (
    <html lang={data?.locale ?? language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t("meta.description")} />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#indhold">
          {t("layout.skipToContent")}
        </a>
        <SiteHeader user={data?.user ?? null} />
        <main id="indhold" tabIndex={-1} className="page">
          <FlashNotices notices={data?.flash ?? []} />
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/**
 * After a client-side navigation that changed the language (e.g. signing in as a user who chose
 * English), load the other catalog and switch, so the page never mixes languages.
 */
function useSyncedLanguage(locale: "da" | "en" | undefined) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!locale || i18n.language === locale) return;
    void loadCatalog(locale).then((catalog) => {
      i18n.addResourceBundle(locale, "translation", catalog);
      void i18n.changeLanguage(locale);
    });
  }, [locale, i18n]);
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text] =
    status === 404
      ? [t("errors.notFoundTitle"), t("errors.notFoundText")]
      : status === 503
        ? [t("errors.unavailableTitle"), t("errors.unavailableText")]
        : status >= 400 && status < 500
          ? [t("errors.badRequestTitle"), t("errors.badRequestText")]
          : [t("errors.genericTitle"), t("errors.genericText")];
  return (
    <div className="narrow">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{t("errors.backHome")}</a>
      </p>
    </div>
  );
}
