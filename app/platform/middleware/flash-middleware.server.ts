import { createContext, type MiddlewareFunction } from "react-router";
import { servicesContext } from "~/platform/context/context.server";
import { clearFlashHeader, FLASH_COOKIE_NAME } from "~/platform/http/flash-cookie.server";

/** Set by the root loader when it read the notices into the page. */
export const flashShownContext = createContext<boolean>(false);

/**
 * Clears the flash cookie once the root loader has put its notices into an answer, so a notice is
 * shown once. An action's redirect runs no loader and keeps the cookie it sets (or had) for the
 * page it leads to; a route that sets a new one is never overridden.
 */
export const flashMiddleware: MiddlewareFunction<Response> = async ({ context }, next) => {
  const response = await next();
  if (!context.get(flashShownContext)) return response;
  const isSetByRoute = response.headers.getSetCookie().some((c) => c.startsWith(`${FLASH_COOKIE_NAME}=`));
  if (!isSetByRoute) {
    response.headers.append("Set-Cookie", await clearFlashHeader(context.get(servicesContext).config));
  }
  return response;
};
