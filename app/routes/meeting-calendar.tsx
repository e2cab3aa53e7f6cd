import { followUpSeriesEvent } from "~/.server/calendar/follow-up-series-event";
import { renderDialogueInvitation } from "~/.server/calendar/render-dialogue-invitation";
import { localeContext, servicesContext } from "~/.server/context";
import { findInvitedEmail } from "~/.server/dialogues/dialogue-invitations";
import { findFirstOfSeries } from "~/.server/dialogues/dialogues";
import { requireDialogue } from "~/.server/dialogues/require-dialogue";
import { withPlainErrorPages } from "~/.server/http/plain-page";
import { serverI18n } from "~/.server/i18n/server-i18n";
import { findUserById } from "~/.server/users/users";
import type { Route } from "./+types/meeting-calendar";

/** The dialogue as an .ics file, for whoever of the two lost the invitation mail. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const { db, dialogue, role } = await requireDialogue(context, request, params.dialogueId);
    const [leader, nearestLeader] = await Promise.all([
      findUserById(db, dialogue.leader_id),
      dialogue.nearest_leader_id ? findUserById(db, dialogue.nearest_leader_id) : undefined,
    ]);
    const { config } = context.get(servicesContext);
    const { t } = serverI18n(context.get(localeContext));
    // A follow-up is one event of its series: the file holds the series, with the same UID as the
    // mailed invitation, so a calendar updates it instead of showing it twice.
    const first = dialogue.series_id ? await findFirstOfSeries(db, dialogue.series_id) : undefined;
    const otherName = (role === "leader" ? nearestLeader?.name : leader?.name) ?? "";
    const ics = renderDialogueInvitation({
      dialogue: first ?? dialogue,
      leader: { name: leader?.name ?? "", email: leader?.email ?? "" },
      nearestLeaderEmail: nearestLeader?.email ?? (await findInvitedEmail(db, dialogue.id)) ?? "",
      t,
      publicUrl: new URL(`/dialog/${dialogue.id}`, config.publicUrl),
      method: "PUBLISH",
      series:
        dialogue.series_id && dialogue.rhythm
          ? followUpSeriesEvent(t, {
              seriesId: dialogue.series_id,
              rhythm: dialogue.rhythm,
              firstDate: (first ?? dialogue).starts_on,
              otherName,
            })
          : undefined,
    });
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="lederdialog-dialog.ics"',
        "Cache-Control": "private, no-store",
      },
    });
  });
}
