import type { Config } from "~/platform/config/config-types.server";
import { createSignedCookie } from "~/platform/http/signed-cookie.server";

/**
 * Binds a sign-in attempt to the browser that started it (against login CSRF: someone else's
 * finished attempt cannot be completed in your browser). SameSite=Lax is enough: the identity
 * provider sends the browser back with a top-level GET (OIDC), and the SAML POST is answered with a
 * redirect to a GET that carries it.
 */
export function createSsoCookie(config: Pick<Config, "sessionSecret" | "publicUrl">) {
  return createSignedCookie("ld_sso", {
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.protocol === "https:",
    path: "/sso",
    maxAge: 15 * 60,
    secrets: [config.sessionSecret],
  });
}
