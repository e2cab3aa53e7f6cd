import { requireRole } from "~/.server/auth/require-role";
import { localeContext } from "~/.server/context";
import { FIGURE_ROLES, figuresForRequest } from "~/.server/figures/figures-for-request";
import { figuresCsvFileName, formatFiguresCsv } from "~/.server/figures/format-figures-csv";
import { withPlainErrorPages } from "~/.server/http/plain-page";
import { serverI18n } from "~/.server/i18n/server-i18n";
import type { Route } from "./+types/figures-csv";

/** The same figures as the page, as CSV for Excel (semicolons, BOM): suppressed stays suppressed. */
export async function loader({ request, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const { user, db } = await requireRole(context, request, FIGURE_ROLES);
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
