import { href } from "react-router";
import { renderDialogueInvitation } from "~/features/calendar/render-dialogue-invitation.server";
import { formatLocalDate } from "~/i18n/format-date";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { Dialogue } from "~/platform/db/tables/dialogues.table";
import { INVITATION_DAYS } from "~/platform/mail/link-lifetimes.server";
import { renderMail } from "~/platform/mail/render-mail.server";

/**
 * "Inviter din leder": the e-mail to the nearest leader (in their language, Danish by default) that
 * tells what the tool is, asks them to prepare and links to their page, with the calendar
 * invitation; and the same event to the leader. A reply reaches the leader (Reply-To): she asked.
 */
export async function sendDialogueInvitation(
  services: Pick<AppServices, "mailer" | "config">,
  options: {
    dialogue: Dialogue;
    leader: { name: string; email: string; locale: Locale };
    nearestLeader: { email: string; locale: Locale };
    token: string;
  },
): Promise<void> {
  const { dialogue, leader, nearestLeader } = options;
  const link = new URL(`/invitation/${options.token}`, services.config.publicUrl).href;

  const { t } = serverI18n(nearestLeader.locale);
  const values = {
    name: leader.name,
    days: INVITATION_DAYS,
    location: dialogue.location,
    time: dialogue.starts_at,
  };
  const invitation = (tFor: typeof t, method: "REQUEST" | "PUBLISH") =>
    renderDialogueInvitation({
      dialogue,
      leader,
      nearestLeaderEmail: nearestLeader.email,
      method,
      t: tFor,
      publicUrl: new URL(href("/min-lederdialog"), services.config.publicUrl),
    });
  await services.mailer.send(
    renderMail({
      to: nearestLeader.email,
      locale: nearestLeader.locale,
      automatic: false,
      replyTo: leader,
      subject: t("mail.invite.subject", values),
      greeting: t("mail.invite.greeting"),
      body: [
        t("mail.invite.intro", values),
        t("mail.invite.tool"),
        `${t("mail.invite.when", { ...values, date: formatLocalDate(dialogue.starts_on, nearestLeader.locale) })}\n${t("mail.invite.where", values)}`,
        { lead: t("mail.invite.prepare", values), label: t("mail.invite.link", values), href: link },
        t("mail.invite.calendar"),
      ],
      icalEvent: { method: "REQUEST", content: invitation(t, "REQUEST") },
    }),
  );

  // Her own copy: the app confirming what she did, so automatic and with nobody to reply to.
  const own = serverI18n(leader.locale).t;
  await services.mailer.send(
    renderMail({
      to: leader.email,
      locale: leader.locale,
      automatic: true,
      subject: own("mail.invite.copySubject"),
      body: [own("mail.invite.copyBody", { email: nearestLeader.email })],
      // The leader organises the meeting: their copy is the organiser's, not an invitation (decision 032).
      icalEvent: { method: "PUBLISH", content: invitation(own, "PUBLISH") },
    }),
  );
}
