import type { Locale } from "~/i18n/locales";
import { createServerI18n } from "../i18n/server-i18n";

export type PlainPageKind = "notFound" | "forbidden" | "badRequest" | "unavailable" | "generic";

const TEXT_KEYS = {
  notFound: ["errors.notFoundTitle", "errors.notFoundText"],
  forbidden: ["errors.forbiddenTitle", "errors.forbiddenText"],
  badRequest: ["errors.badRequestTitle", "errors.badRequestText"],
  unavailable: ["errors.unavailableTitle", "errors.unavailableText"],
  generic: ["errors.genericTitle", "errors.genericText"],
} as const;

/**
 * A small, self-contained, translated page for answers given outside React Router's pages: by the
 * server before the router runs (refused origin, oversized body, database down), and by resource
 * routes that a browser opens directly. Never a stack trace.
 */
export function renderPlainPage(locale: Locale, kind: PlainPageKind): string {
  const { t } = createServerI18n(locale);
  const [titleKey, textKey] = TEXT_KEYS[kind];
  const title = escapeHtml(t(titleKey));
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
    `<body><main><h1>${title}</h1><p>${escapeHtml(t(textKey))}</p><p><a href="/">${escapeHtml(t("errors.backHome"))}</a></p></main></body></html>`
  );
}

/** The plain page as a response, for a resource route to throw. */
export function plainPageResponse(locale: Locale, status: number, kind: PlainPageKind): Response {
  return new Response(renderPlainPage(locale, kind), {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
