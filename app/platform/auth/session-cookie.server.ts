import type { Cookie } from "react-router";
import { createSignedCookie } from "~/platform/http/signed-cookie.server";

export type SessionCookie = Cookie;

/**
 * The cookie holds a random token (its hash is the session's row id); it is signed with
 * SESSION_SECRET as well, httpOnly so scripts cannot read it, and SameSite=Lax so other sites
 * cannot post with it.
 */
export function createSessionCookie(options: { secret: string; isSecure: boolean }): SessionCookie {
  return createSignedCookie("ld_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: options.isSecure,
    path: "/",
    secrets: [options.secret],
  });
}
