import { data } from "react-router";
import { exportUserData } from "~/features/privacy/export-user-data.server";
import { renderDataExportHtml } from "~/features/privacy/render-data-export-html.server";
import { serverI18n } from "~/i18n/server-i18n.server";
import { requireUser } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import type { Route } from "./+types/data-export-html.route";

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
