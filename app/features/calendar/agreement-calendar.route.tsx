import { data } from "react-router";
import { requireOwnAgreement } from "~/features/agreements/require-own-agreement.server";
import { renderAgreementCalendar } from "~/features/calendar/render-follow-ups-calendar.server";
import { serverI18n } from "~/i18n/server-i18n.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import type { Route } from "./+types/agreement-calendar.route";

/** One agreement's follow-up as an .ics file, for Outlook, Google or Apple Calendar. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const { agreement } = await requireOwnAgreement(context, request, params.agreementId);
    if (!agreement.followUpDate || agreement.status !== "active") throw data(null, { status: 404 });
    const { t } = serverI18n(context.get(localeContext));
    const ics = renderAgreementCalendar({
      agreement,
      t,
      publicUrl: context.get(servicesContext).config.publicUrl,
    });
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="lederdialog-opfoelgning.ics"',
        "Cache-Control": "private, no-store",
      },
    });
  });
}
