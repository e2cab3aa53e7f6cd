import { data } from "react-router";
import { exportUserData } from "~/features/privacy/export-user-data.server";
import { requireUser } from "~/platform/auth/require-user.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import type { Route } from "./+types/data-export.route";

/** "Hent alle dine data": everything about the signed-in person as one JSON file. */
export async function loader({ request, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const user = requireUser(context, request);
    const exported = await exportUserData(context.get(servicesContext).db, user.id, {
      locale: context.get(localeContext),
    });
    if (!exported) throw data(null, { status: 404 });
    return new Response(JSON.stringify(exported, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="lederdialog-mine-data.json"',
        "Cache-Control": "private, no-store",
      },
    });
  });
}
