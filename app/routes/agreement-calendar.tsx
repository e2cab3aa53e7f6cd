import { data } from "react-router";
import { requireOwnAgreement } from "~/.server/agreements/require-own-agreement";
import { renderAgreementCalendar } from "~/.server/calendar/render-follow-ups-calendar";
import { localeContext, servicesContext } from "~/.server/context";
import { withPlainErrorPages } from "~/.server/http/plain-page";
import { serverI18n } from "~/.server/i18n/server-i18n";
import type { Route } from "./+types/agreement-calendar";

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
