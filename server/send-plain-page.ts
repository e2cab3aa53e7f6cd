import type { Request, Response } from "express";
import { type PlainPageKind, renderPlainPage } from "~/.server/http/plain-page";
import { readLocaleCookie, resolveLocale } from "~/.server/http/resolve-locale";

/** The translated plain page (app/.server/http/plain-page.ts) for answers before React Router runs. */
export function sendPlainPage(req: Request, res: Response, status: number, kind: PlainPageKind): void {
  const locale = resolveLocale({
    userLocale: null,
    cookieLocale: readLocaleCookie(req.get("cookie") ?? null),
    acceptLanguage: req.get("accept-language") ?? null,
  });
  res.status(status).type("html").send(renderPlainPage(locale, kind));
}
