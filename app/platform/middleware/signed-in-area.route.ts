import type { Route } from "./+types/signed-in-area.route";
import { signedInGuard } from "./area-guards.server";

/**
 * The layout route of every page for a signed-in person (app/routes.ts): no path and no component of
 * its own (its child renders in place), only the guard that sends a signed-out visitor to sign in.
 */
export const middleware: Route.MiddlewareFunction[] = [signedInGuard];
