import type { Route } from "./+types/admin-area.route";
import { roleGuard } from "./area-guards.server";

/**
 * The layout route of `/admin` and everything under it (app/routes.ts): only an administrator gets
 * past it; a signed-out visitor is sent to sign in, anyone else gets the translated 404.
 */
export const middleware: Route.MiddlewareFunction[] = [roleGuard("admin")];
