import type { Request, Response } from "express";
import { readLocaleCookie, resolveLocale } from "~/.server/i18n/resolve-locale";
import { createServerI18n } from "~/.server/i18n/server-i18n";

type PlainPageKind = "forbidden" | "badRequest" | "unavailable" | "generic";

const TEXT_KEYS = {
  forbidden: ["errors.forbiddenTitle", "errors.forbiddenText"],
  badRequest: ["errors.badRequestTitle", "errors.badRequestText"],
  unavailable: ["errors.unavailableTitle", "errors.unavailableText"],
  generic: ["errors.genericTitle", "errors.genericText"],
} as const;

/**
 * A small, self-contained, translated page for the answers the server gives before React Router
 * runs (refused origin, oversized body, database down). Never a stack trace.
 */
export function sendPlainPage(req: Request, res: Response, status: number, kind: PlainPageKind): void {
  const locale = resolveLocale({
    userLocale: null,
    cookieLocale: readLocaleCookie(req.get("cookie") ?? null),
    acceptLanguage: req.get("accept-language") ?? null,
  });
  const { t } = createServerI18n(locale);
  const [titleKey, textKey] = TEXT_KEYS[kind];
  const title = escapeHtml(t(titleKey));
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
        `<body><main><h1>${title}</h1><p>${escapeHtml(t(textKey))}</p><p><a href="/">${escapeHtml(t("errors.backHome"))}</a></p></main></body></html>`,
    );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
