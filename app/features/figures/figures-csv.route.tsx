import { figuresForRequest } from "~/features/figures/figures-for-request.server";
import { figuresCsvFileName, formatFiguresCsv } from "~/features/figures/format-figures-csv.server";
import { serverI18n } from "~/i18n/server-i18n.server";
import { PAGE_ROLES } from "~/platform/auth/permissions";
import { requireRole } from "~/platform/auth/require-role.server";
import { localeContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import type { Route } from "./+types/figures-csv.route";

/** The same figures as the page, as CSV for Excel (semicolons, BOM): suppressed stays suppressed. */
export async function loader({ request, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const { user, db } = await requireRole(context, request, PAGE_ROLES.figures);
    const { figures, selected } = await figuresForRequest(db, {
      organisationId: user.organisation_id,
      url: new URL(request.url),
    });
    const locale = context.get(localeContext);
    const { t } = serverI18n(locale);
    const fileName = figuresCsvFileName(selected, t("figures.wholeOrganisation"));
    return new Response(formatFiguresCsv(t, figures, selected, locale), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
