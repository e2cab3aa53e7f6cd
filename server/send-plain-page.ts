import type { Request, Response } from "express";
import { type PlainPageKind, renderPlainPage } from "~/platform/http/plain-page.server";
import { readLocaleCookie, resolveLocale } from "~/platform/http/resolve-locale.server";

/** The translated plain page (app/platform/http/plain-page.server.ts) for answers before React Router runs. */
export function sendPlainPage(req: Request, res: Response, status: number, kind: PlainPageKind): void {
  const locale = resolveLocale({
    userLocale: null,
    cookieLocale: readLocaleCookie(req.get("cookie") ?? null),
    acceptLanguage: req.get("accept-language") ?? null,
  });
  res.status(status).type("html").send(renderPlainPage(locale, kind));
}
