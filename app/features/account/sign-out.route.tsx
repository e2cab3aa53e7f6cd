import { href, redirect } from "react-router";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { getOptionalUser } from "~/platform/auth/require-user.server";
import { logSecurityEvent } from "~/platform/auth/security-log.server";
import { revokeSession } from "~/platform/auth/sessions.server";
import { servicesContext } from "~/platform/context/context.server";
import { redirectWithFlash } from "~/platform/http/flash-cookie.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect-path.server";
import type { Route } from "./+types/sign-out.route";

// Signing out changes state, so it is a POST (a link or an image cannot sign anyone out).
export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: Route.ActionArgs) {
  const { db, sessionCookie, config } = context.get(servicesContext);
  const token: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  const user = getOptionalUser(context);
  // Signing out on the way somewhere (an invitation meant for another address) continues there.
  const next = safeRedirectPath((await readFormData(request)).get("redirectTo"), {
    origin: config.publicUrl,
    fallback: "",
  });
  if (typeof token === "string" && token !== "") await revokeSession(db, token);
  if (user) {
    await logSecurityEvent(db, {
      event: "sign_out",
      meta: getRequestMeta(context),
      email: user.email,
      userId: user.id,
      organisationId: user.organisation_id,
    });
  }
  return redirectWithFlash(
    config,
    `${href("/log-ind")}${next ? `?redirectTo=${encodeURIComponent(next)}` : ""}`,
    [{ key: "auth.signIn.signedOut" }],
    new Headers({ "Set-Cookie": await sessionCookie.serialize("", { maxAge: 0 }) }),
  );
}
