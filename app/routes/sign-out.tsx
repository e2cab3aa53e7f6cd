import { redirect } from "react-router";
import { getRequestMeta } from "~/.server/auth/request-meta-from-context";
import { getOptionalUser } from "~/.server/auth/require-user";
import { logSecurityEvent } from "~/.server/auth/security-log";
import { revokeSession } from "~/.server/auth/sessions";
import { servicesContext } from "~/.server/context";
import { redirectWithFlash } from "~/.server/http/flash-cookie";
import { readFormData } from "~/.server/http/read-form-data";
import { safeRedirectPath } from "~/.server/http/safe-redirect-path";
import type { Route } from "./+types/sign-out";

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
    `/log-ind${next ? `?redirectTo=${encodeURIComponent(next)}` : ""}`,
    [{ key: "auth.signIn.signedOut" }],
    new Headers({ "Set-Cookie": await sessionCookie.serialize("", { maxAge: 0 }) }),
  );
}
