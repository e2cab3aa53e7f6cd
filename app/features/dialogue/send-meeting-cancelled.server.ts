import type { DialogueCalendar } from "~/features/calendar/dialogue-calendar.server";
import { formatLocalDate } from "~/i18n/format-date";
import type { AppServices } from "~/platform/context/context.server";
import { type MeetingSide, sendMeetingChangeMail } from "./meeting-change-mail.server";

/**
 * A dialogue, one follow-up or a whole series is off: a CANCEL with the same UID and a higher
 * SEQUENCE (for one follow-up with its RECURRENCE-ID) to each side given. `reason` "accountDeleted"
 * when the other person's account went: then the mail says so, and the deleted person gets none.
 */
export async function sendMeetingCancelled(
  services: Pick<AppServices, "mailer" | "config">,
  options: {
    loaded: DialogueCalendar;
    scope: "dialogue" | "one" | "series";
    sides: MeetingSide[];
    reason?: "leaderCancelled" | "accountDeleted";
    /** Whose account went, for the account-deletion mail. */
    deletedName?: string;
  },
): Promise<void> {
  const { loaded, scope } = options;
  const { dialogue } = loaded;
  const otherName = loaded.nearestLeader?.name ?? loaded.inviteeEmail;
  for (const side of options.sides) {
    await sendMeetingChangeMail(services, {
      loaded,
      side,
      change: "cancelled",
      onlyOccurrence: scope === "one",
      text: (t, locale) => {
        const values = {
          name: options.reason === "accountDeleted" ? (options.deletedName ?? "") : loaded.leader.name,
          date: formatLocalDate(dialogue.starts_on, locale),
          time: dialogue.starts_at,
        };
        if (options.reason === "accountDeleted") {
          return {
            subject: t("calendarChanges.cancelledSubject", values),
            body: t("calendarChanges.accountDeletedBody", values),
          };
        }
        if (side === "leader") {
          return {
            subject: t("calendarChanges.ownCancelledSubject", { name: otherName }),
            body: t("calendarChanges.ownBody", { email: loaded.inviteeEmail }),
          };
        }
        const body = {
          dialogue: "cancelledBody",
          one: "cancelledOccurrenceBody",
          series: "cancelledSeriesBody",
        } as const;
        return {
          subject: t("calendarChanges.cancelledSubject", values),
          body: t(`calendarChanges.${body[scope]}`, values),
        };
      },
    });
  }
}
