import { data, redirect } from "react-router";
import { isLocale, LOCALE_COOKIE } from "~/i18n/locales";
import { getOptionalUser } from "~/platform/auth/require-user.server";
import { updateUserLocale } from "~/platform/auth/users.server";
import { servicesContext } from "~/platform/context/context.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import { safeRedirectPath } from "~/platform/http/safe-redirect-path.server";
import type { Route } from "./+types/set-language.route";

export async function loader() {
  return redirect("/");
}

/** Stores the choice in a cookie, and as the user's own setting when signed in (it wins there). */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await readFormData(request);
  const locale = form.get("locale");
  if (!isLocale(locale)) throw data({ error: "validation.invalidLanguage" }, { status: 400 });
  const user = getOptionalUser(context);
  const { db, config } = context.get(servicesContext);
  if (user) await updateUserLocale(db, user.id, locale);
  return redirect(safeRedirectPath(form.get("redirectTo"), { origin: config.publicUrl, fallback: "/" }), {
    headers: { "Set-Cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
}
