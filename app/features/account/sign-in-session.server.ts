import { redirect } from "react-router";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import { createSession } from "~/platform/auth/sessions.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";

/** Starts a session for the user and redirects with the cookie set: the end of sign-up and sign-in. */
export async function redirectWithNewSession(
  services: Pick<AppServices, "db" | "sessionCookie">,
  options: {
    user: Pick<User, "id" | "organisation_id">;
    meta: RequestMeta;
    redirectTo: string;
    /** Other cookies to set or clear in the same response (single sign-on's attempt cookie). */
    extraCookies?: string[];
    /** When a password sign-in checked the password (see createSession). */
    credentialsCheckedAt?: Date;
  },
): Promise<Response> {
  const headers = new Headers();
  headers.append("Set-Cookie", await newSessionCookie(services, options));
  for (const cookie of options.extraCookies ?? []) headers.append("Set-Cookie", cookie);
  return redirect(options.redirectTo, { headers });
}

/** Starts a session for the user and returns the Set-Cookie value that carries it. */
export async function newSessionCookie(
  services: Pick<AppServices, "db" | "sessionCookie">,
  options: { user: Pick<User, "id" | "organisation_id">; meta: RequestMeta; credentialsCheckedAt?: Date },
): Promise<string> {
  const { token, expiresAt } = await createSession(services.db, options.user, options.meta, new Date(), {
    credentialsCheckedAt: options.credentialsCheckedAt,
  });
  return services.sessionCookie.serialize(token, { expires: expiresAt });
}
