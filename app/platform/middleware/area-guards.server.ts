import type { MiddlewareFunction, RouterContextProvider } from "react-router";
import { PAGE_ROLES, type WorkPage } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { requireUser } from "~/platform/auth/require-user.server";
import { actionPatternsContext } from "~/platform/context/context.server";
import { normalizePattern } from "~/platform/http/action-patterns.server";

/*
 * The guards of the areas of pages (the layout routes in app/routes.ts). Each runs after the root's
 * session middleware and before any loader or action of the area, for page loads, client
 * navigations and form posts alike: a signed-out visitor is sent to sign in with the path to come
 * back to, a person without the area's role gets the translated 404, exactly as `requireUser` and
 * `requireRole` answer inside a route. The routes keep their own checks (the resource's owner, a
 * dialogue's two people): the area's guard is the first line, not the only one.
 */

interface GuardArgs {
  request: Request;
  context: Readonly<RouterContextProvider>;
  pattern: string;
}

/**
 * A post to a route without an action goes on to React Router's own 405, as it did before the
 * area had a guard: nothing of the area runs for it. Unknown (a test's own context): guarded.
 */
function isPostWithoutAction({ request, context, pattern }: GuardArgs): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const withAction = context.get(actionPatternsContext);
  return withAction !== null && !withAction.has(normalizePattern(pattern));
}

export const signedInGuard: MiddlewareFunction<Response> = (args, next) => {
  if (!isPostWithoutAction(args)) requireUser(args.context, args.request);
  return next();
};

/** The guard of the pages only the roles of `page` may open (`PAGE_ROLES`). */
export function roleGuard(page: WorkPage): MiddlewareFunction<Response> {
  return async (args, next) => {
    if (!isPostWithoutAction(args)) await requireRole(args.context, args.request, PAGE_ROLES[page]);
    return next();
  };
}
