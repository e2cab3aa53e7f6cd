import { href } from "react-router";
import { dialogueEventOptions, loadDialogueCalendar } from "~/features/calendar/dialogue-calendar.server";
import { renderDialogueInvitation } from "~/features/calendar/render-dialogue-invitation.server";
import { requireDialogue } from "~/features/dialogue/require-dialogue.server";
import { serverI18n } from "~/i18n/server-i18n.server";
import { localeContext, servicesContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import type { Route } from "./+types/meeting-calendar.route";

/**
 * The dialogue as an .ics file, for whoever of the two lost the invitation mail: PUBLISH, with the
 * same UID and SEQUENCE as the mails, so a calendar updates the event instead of showing it twice.
 * A follow-up is one event of its series: the file holds the series.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const { db, dialogue, role } = await requireDialogue(context, request, params.dialogueId);
    const loaded = await loadDialogueCalendar(db, dialogue);
    const { config } = context.get(servicesContext);
    const { t } = serverI18n(context.get(localeContext));
    const ics = renderDialogueInvitation(
      dialogueEventOptions(loaded, {
        t,
        publicUrl: new URL(href("/dialog/:dialogueId", { dialogueId: dialogue.id }), config.publicUrl),
        method: "PUBLISH",
        otherName: (role === "leader" ? loaded.nearestLeader?.name : loaded.leader.name) ?? "",
      }),
    );
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="lederdialog-dialog.ics"',
        "Cache-Control": "private, no-store",
      },
    });
  });
}
