import { createContext, href, type RouterContextProvider, redirect } from "react-router";
import type { Role } from "~/platform/db/tables/user-roles.table";
import type { SessionUser } from "./sessions.server";

type Context = Readonly<RouterContextProvider>;

/**
 * The signed-in user, or null, set by the session middleware; read through requireUser/getOptionalUser,
 * never directly. It lives here, not in platform/context, so that the context sits below auth.
 */
export const sessionUserContext = createContext<SessionUser | null>(null);

export function getOptionalUser(context: Context): SessionUser["user"] | null {
  return context.get(sessionUserContext)?.user ?? null;
}

/** The signed-in person's roles, read with the session at the start of the request; none when signed out. */
export function getSessionRoles(context: Context): Role[] {
  return context.get(sessionUserContext)?.roles ?? [];
}

/**
 * Every loader and action that shows or changes a person's data calls this itself: a parent
 * route's check protects nothing, because loaders run in parallel.
 */
export function requireUser(context: Context, request: Request): SessionUser["user"] {
  const user = getOptionalUser(context);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`${href("/log-ind")}?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

/** Sign-in and sign-up pages send a signed-in user home instead. */
export function requireAnonymous(context: Context): void {
  if (getOptionalUser(context)) throw redirect(href("/min-lederdialog"));
}
