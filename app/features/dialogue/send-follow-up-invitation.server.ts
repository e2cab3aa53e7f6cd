import { href } from "react-router";
import { followUpSeriesEvent } from "~/features/calendar/follow-up-series-event.server";
import { renderDialogueInvitation } from "~/features/calendar/render-dialogue-invitation.server";
import { formatLocalDate } from "~/i18n/format-date";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { FollowUpRhythm } from "~/platform/db/column-values/follow-up-rhythms";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import type { User } from "~/platform/db/tables/users.table";
import { renderMail } from "~/platform/mail/render-mail.server";
import { FOLLOW_UP_PLANS } from "~/platform/time/follow-up-plans";

type Person = Pick<User, "name" | "email" | "locale">;

/**
 * The booked follow-up dialogues as one calendar invitation with a rule, to both of them; each
 * one's reply reaches the other (Reply-To), the person they hold the dialogues with.
 */
export async function sendFollowUpInvitation(
  services: Pick<AppServices, "mailer" | "config">,
  options: {
    /** The series' rows, first one first. */
    dialogues: Dialogue[];
    rhythm: FollowUpRhythm;
    leader: Person;
    nearestLeader: Person;
  },
): Promise<void> {
  const { dialogues, leader, nearestLeader, rhythm } = options;
  const [first] = dialogues;
  if (!first) return;
  const plan = FOLLOW_UP_PLANS[rhythm];
  for (const [recipient, other, page] of [
    [leader, nearestLeader, href("/dialog/:dialogueId", { dialogueId: first.id })],
    [nearestLeader, leader, href("/dialog/:dialogueId", { dialogueId: first.id })],
  ] as const) {
    // The leader organises the series: their copy is the organiser's, not an invitation (decision 032).
    const method = recipient === leader ? "PUBLISH" : "REQUEST";
    const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
    const { t } = serverI18n(locale);
    const values = {
      name: other.name,
      rhythm: t(`followUp.rhythm.${rhythm}`),
      date: formatLocalDate(first.starts_on, locale),
      time: first.starts_at,
      location: first.location,
      count: plan.count,
      minutes: plan.minutes,
    };
    const mail = renderMail({
      to: recipient.email,
      locale,
      automatic: false,
      replyTo: other,
      subject: t("mail.followUp.subject", values),
      body: [
        t("mail.followUp.body", values),
        { label: t("mail.followUp.link"), href: new URL(page, services.config.publicUrl).href },
        t("mail.invite.calendar"),
      ],
      icalEvent: {
        method,
        content: renderDialogueInvitation({
          ...followUpSeriesEvent(t, { rows: dialogues, otherName: other.name }),
          leader,
          nearestLeaderEmail: nearestLeader.email,
          isAccepted: true,
          method,
          t,
          publicUrl: new URL(page, services.config.publicUrl),
        }),
      },
    });
    await services.mailer.send(mail);
  }
}
