import { data } from "react-router";
import { requireUser } from "~/.server/auth/require-user";
import { localeContext, servicesContext } from "~/.server/context";
import { withPlainErrorPages } from "~/.server/http/plain-page";
import { serverI18n } from "~/.server/i18n/server-i18n";
import { exportUserData } from "~/.server/privacy/export-user-data";
import { renderDataExportHtml } from "~/.server/privacy/render-data-export-html";
import type { Route } from "./+types/data-export-html";

/** "Hent alle dine data" as a page to read and keep: the same content as the JSON, with its questions. */
export async function loader({ request, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const user = requireUser(context, request);
    const locale = context.get(localeContext);
    const exported = await exportUserData(context.get(servicesContext).db, user.id, { locale });
    if (!exported) throw data(null, { status: 404 });
    return new Response(renderDataExportHtml(exported, { t: serverI18n(locale).t, locale }), {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Disposition": 'attachment; filename="lederdialog-mine-data.html"',
        "Cache-Control": "private, no-store",
      },
    });
  });
}
