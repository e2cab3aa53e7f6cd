import { data, redirect } from "react-router";
import { getOptionalUser } from "~/.server/auth/require-user";
import { servicesContext } from "~/.server/context";
import { readFormData } from "~/.server/http/read-form-data";
import { safeRedirectPath } from "~/.server/http/safe-redirect-path";
import { updateUserLocale } from "~/.server/users/users";
import { isLocale, LOCALE_COOKIE } from "~/i18n/locales";
import type { Route } from "./+types/set-language";

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
