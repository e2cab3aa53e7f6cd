import type { TFunction } from "i18next";
import { href } from "react-router";
import { type DialogueCalendar, dialogueEventOptions } from "~/features/calendar/dialogue-calendar.server";
import {
  type DialogueCalendarMethod,
  renderDialogueInvitation,
} from "~/features/calendar/render-dialogue-invitation.server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import { renderMail } from "~/platform/mail/render-mail.server";

export type MeetingSide = "invitee" | "leader";

/**
 * One mail about a changed meeting to one side, with the calendar object that changes their event:
 * the same UID and the raised SEQUENCE. The invitee gets a REQUEST or CANCEL; the leader, who
 * organises the meeting, a PUBLISH copy of a move or the CANCEL (decision 032).
 */
export async function sendMeetingChangeMail(
  services: Pick<AppServices, "mailer" | "config">,
  options: {
    loaded: DialogueCalendar;
    side: MeetingSide;
    change: "moved" | "cancelled";
    onlyOccurrence: boolean;
    text: (t: TFunction, locale: Locale) => { subject: string; body: string };
  },
): Promise<void> {
  const { loaded, side } = options;
  const email = side === "leader" ? loaded.leader.email : loaded.inviteeEmail;
  if (!email) return;
  const localeOf = side === "leader" ? loaded.leader.locale : loaded.nearestLeader?.locale;
  const locale = isLocale(localeOf) ? localeOf : DEFAULT_LOCALE;
  const { t } = serverI18n(locale);
  const method: DialogueCalendarMethod =
    options.change === "cancelled" ? "CANCEL" : side === "leader" ? "PUBLISH" : "REQUEST";
  const page = new URL(
    href("/dialog/:dialogueId", { dialogueId: loaded.dialogue.id }),
    services.config.publicUrl,
  );
  const otherName =
    side === "leader" ? (loaded.nearestLeader?.name ?? loaded.inviteeEmail) : loaded.leader.name;
  const { subject, body } = options.text(t, locale);
  await services.mailer.send(
    renderMail({
      to: email,
      locale,
      subject,
      // The invitee hears from the leader who changed the meeting and can answer her; the leader's
      // own copy is the app confirming what she did.
      automatic: side === "leader",
      replyTo: side === "leader" ? undefined : loaded.leader,
      body: [
        body,
        ...(options.change === "moved"
          ? [{ label: t("calendarChanges.openDialogue"), href: page.href }]
          : []),
        t("calendarChanges.calendarAttached"),
      ],
      icalEvent: {
        method,
        content: renderDialogueInvitation(
          dialogueEventOptions(loaded, {
            t,
            publicUrl: page,
            method,
            otherName,
            onlyOccurrence: options.onlyOccurrence,
          }),
        ),
      },
    }),
  );
}
