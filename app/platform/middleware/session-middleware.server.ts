import type { MiddlewareFunction } from "react-router";
import { sessionUserContext } from "~/platform/auth/require-user.server";
import { findSessionUser } from "~/platform/auth/sessions.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { readLocaleCookie, resolveLocale } from "~/platform/http/resolve-locale.server";

/**
 * Runs once per request before any loader or action: finds the signed-in user from the session
 * cookie and the response language. Routes still authorise themselves with requireUser.
 */
export const sessionMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const { db, sessionCookie } = context.get(servicesContext);
  const cookieHeader = request.headers.get("Cookie");
  const localeOf = (userLocale: string | null | undefined) =>
    resolveLocale({
      userLocale,
      cookieLocale: readLocaleCookie(cookieHeader),
      acceptLanguage: request.headers.get("Accept-Language"),
    });
  // The browser's language first: if the session lookup below fails (database down), the error page
  // is still in the visitor's language.
  context.set(localeContext, localeOf(null));
  const token: unknown = await sessionCookie.parse(cookieHeader);
  const sessionUser =
    typeof token === "string" && token !== "" ? ((await findSessionUser(db, token)) ?? null) : null;
  context.set(sessionUserContext, sessionUser);
  context.set(localeContext, localeOf(sessionUser?.user.locale));

  const response = await next();
  // A signed-in page holds private text: never keep it in a shared cache or the browser's history
  // cache, where the next person at a shared PC could find it after sign-out.
  if (sessionUser && !response.headers.has("Cache-Control")) {
    response.headers.set("Cache-Control", "private, no-store");
  }
  // An action that signed in or out has set the cookie itself; do not overwrite its decision.
  const isCookieSetByRoute = response.headers
    .getSetCookie()
    .some((c) => c.startsWith(`${sessionCookie.name}=`));
  if (!isCookieSetByRoute) {
    if (sessionUser?.wasExtended) {
      response.headers.append(
        "Set-Cookie",
        await sessionCookie.serialize(token, { expires: sessionUser.expiresAt }),
      );
    } else if (token && !sessionUser) {
      // Expired or revoked: drop the stale cookie.
      response.headers.append("Set-Cookie", await sessionCookie.serialize("", { maxAge: 0 }));
    }
  }
  return response;
};
