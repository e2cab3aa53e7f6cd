import type { DialogueCalendar } from "~/features/calendar/dialogue-calendar.server";
import type { WallTime } from "~/features/calendar/render-dialogue-invitation.server";
import { formatLocalDate } from "~/i18n/format-date";
import type { AppServices } from "~/platform/context/context.server";
import { sendMeetingChangeMail } from "./meeting-change-mail.server";

/**
 * The leader moved a dialogue, one follow-up (`from`: where it was) or a whole series: the invitee
 * gets the REQUEST with the same UID and a higher SEQUENCE, the leader their copy.
 */
export async function sendMeetingMoved(
  services: Pick<AppServices, "mailer" | "config">,
  options: { loaded: DialogueCalendar; scope: "dialogue" | "one" | "series"; from?: WallTime },
): Promise<void> {
  const { loaded, scope } = options;
  const { dialogue } = loaded;
  const otherName = loaded.nearestLeader?.name ?? loaded.inviteeEmail;
  for (const side of ["invitee", "leader"] as const) {
    await sendMeetingChangeMail(services, {
      loaded,
      side,
      change: "moved",
      onlyOccurrence: scope === "one",
      text: (t, locale) => {
        const values = {
          name: loaded.leader.name,
          date: formatLocalDate(dialogue.starts_on, locale),
          time: dialogue.starts_at,
          location: dialogue.location,
          from: options.from ? formatLocalDate(options.from.on, locale) : "",
        };
        if (side === "leader") {
          return {
            subject: t("calendarChanges.ownMovedSubject", { name: otherName }),
            body: t("calendarChanges.ownBody", { email: loaded.inviteeEmail }),
          };
        }
        const body = {
          dialogue: "movedBody",
          one: "movedOccurrenceBody",
          series: "movedSeriesBody",
        } as const;
        return {
          subject: t("calendarChanges.movedSubject", values),
          body: t(`calendarChanges.${body[scope]}`, values),
        };
      },
    });
  }
}
