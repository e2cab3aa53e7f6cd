import { isRouteErrorResponse, type RouterContextProvider } from "react-router";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import { localeContext } from "~/platform/context/context.server";
import { escapeHtml } from "~/platform/mail/escape-html.server";

export type PlainPageKind =
  | "notFound"
  | "forbidden"
  | "badRequest"
  | "unavailable"
  | "generic"
  | "samlResponseTooLarge";

const TEXT_KEYS = {
  notFound: ["errors.notFoundTitle", "errors.notFoundText"],
  forbidden: ["errors.forbiddenTitle", "errors.forbiddenText"],
  badRequest: ["errors.badRequestTitle", "errors.badRequestText"],
  unavailable: ["errors.unavailableTitle", "errors.unavailableText"],
  generic: ["errors.genericTitle", "errors.genericText"],
  samlResponseTooLarge: ["ssoProtection.tooLargeTitle", "ssoProtection.tooLargeText"],
} as const;

/**
 * A small, self-contained, translated page for answers given outside React Router's pages: by the
 * server before the router runs (refused origin, oversized body, database down), and by resource
 * routes that a browser opens directly. Never a stack trace.
 */
export function renderPlainPage(locale: Locale, kind: PlainPageKind): string {
  const { t } = serverI18n(locale);
  const [titleKey, textKey] = TEXT_KEYS[kind];
  const title = escapeHtml(t(titleKey));
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
    `<body><main><h1>${title}</h1><p>${escapeHtml(t(textKey))}</p><p><a href="/">${escapeHtml(t("errors.backHome"))}</a></p></main></body></html>`
  );
}

/** The plain page as a response, for a resource route to throw. */
export function plainPageResponse(
  locale: Locale,
  status: number,
  kind: PlainPageKind,
  headers?: HeadersInit,
): Response {
  const response = new Response(renderPlainPage(locale, kind), { status, headers });
  response.headers.set("Content-Type", "text/html; charset=utf-8");
  return response;
}

/**
 * A resource route (a file a browser opens: .ics, .json, .csv, XML) has no error page: a thrown
 * `data(null, { status: 404 })` — from `requireDialogue`, say — would reach the browser as an empty
 * body. Around such a loader or action, any 4xx or 5xx thrown becomes the translated plain page;
 * redirects and answers pass through.
 */
export async function withPlainErrorPages<T>(
  context: Readonly<RouterContextProvider>,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const thrown = thrownStatus(error);
    if (!thrown || thrown.status < 400) throw error;
    const kind = thrown.status === 404 ? "notFound" : thrown.status === 503 ? "unavailable" : "badRequest";
    throw plainPageResponse(context.get(localeContext), thrown.status, kind, thrown.headers);
  }
}

function thrownStatus(error: unknown): { status: number; headers?: HeadersInit } | undefined {
  if (error instanceof Response) return { status: error.status, headers: error.headers };
  if (isRouteErrorResponse(error)) return { status: error.status };
  // What `data(…)` makes: React Router's DataWithResponseInit.
  if (
    typeof error === "object" &&
    error !== null &&
    (error as { type?: unknown }).type === "DataWithResponseInit"
  ) {
    const init = (error as { init: ResponseInit | null }).init;
    return init?.status ? { status: init.status, headers: init.headers } : undefined;
  }
  return undefined;
}
