import { useEffect } from "react";
import {
  isRouteErrorResponse,
  Links,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
} from "react-router";
import { stopWatchingTypingBeforeHydration } from "~/features/autosave/typed-before-hydration";
import { serverI18n } from "~/i18n/server-i18n.server";
import { pageTextAreas, type TextArea } from "~/i18n/text-areas";
import { usePageTexts, useTranslation } from "~/i18n/translation";
import { workPagesFor } from "~/platform/auth/permissions";
import { getOptionalUser, getSessionRoles } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { readFlash } from "~/platform/http/flash-cookie.server";
import type { ShownFlashNotice } from "~/platform/http/flash-notice";
import { databaseUnavailableMiddleware } from "~/platform/middleware/database-unavailable-middleware.server";
import { flashMiddleware, flashShownContext } from "~/platform/middleware/flash-middleware.server";
import { sessionMiddleware } from "~/platform/middleware/session-middleware.server";
import { FlashNotices, FlashProvider } from "~/ui/flash-notices";
import { useNonce } from "~/ui/nonce";
import { PageTitle } from "~/ui/page-title";
import { SiteFooter } from "~/ui/site-footer";
import { SiteHeader } from "~/ui/site-header";
import type { Route } from "./+types/root";
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
  const stored = await readFlash(context.get(servicesContext).config, request.headers.get("Cookie"));
  if (stored.length > 0) context.set(flashShownContext, true);
  const { t } = serverI18n(locale);
  const flash: ShownFlashNotice[] = stored.map(({ values, ...notice }) => ({
    ...notice,
    text: t(notice.key, values),
  }));
  if (!user) return { locale, user: null, flash };
  // Only what the header needs: the root loader's data is in every page's HTML. The work pages are
  // decided here, on the server, by the same role lists the pages check (issue 15, item 6).
  return { locale, user: { name: user.name, work: workPagesFor(getSessionRoles(context)) }, flash };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const { t, language } = useTranslation();
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  // The catalog's areas this page shows (each page route's handle, docs/decisions/045): the browser
  // has them before it renders, and the first page names them for entry.client.tsx.
  const areas = pageTextAreas(useMatches());
  usePageTexts(areas);
  useSyncedLanguage(data?.locale, areas);
  // The first page has hydrated and its fields' autosave has started (children's effects run first).
  useEffect(stopWatchingTypingBeforeHydration, []);
  return (
    <html lang={data?.locale ?? language} data-texts={areas.join(" ")}>
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
          <FlashProvider notices={data?.flash ?? []}>
            <FlashNotices />
            {children}
          </FlashProvider>
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
 * English), load the page's areas in the other language and then switch, so the page never mixes
 * languages or shows a text missing.
 */
function useSyncedLanguage(locale: "da" | "en" | undefined, areas: readonly TextArea[]) {
  const { i18n, loadTexts } = useTranslation();
  const areaList = areas.join(" ");
  useEffect(() => {
    if (!locale || i18n.language === locale) return;
    const shown = areaList.split(" ") as TextArea[];
    void Promise.resolve(loadTexts?.(locale, shown)).then(() => i18n.changeLanguage(locale));
  }, [locale, i18n, loadTexts, areaList]);
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const isCancelledDialogue =
    isRouteErrorResponse(error) && status === 410 && error.data?.reason === "dialogueCancelled";
  const [title, text] = isCancelledDialogue
    ? [t("errors.dialogueCancelledTitle"), t("errors.dialogueCancelledText")]
    : status === 404
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
