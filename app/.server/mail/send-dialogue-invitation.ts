import { formatLocalDate } from "~/i18n/format-date";
import type { Locale } from "~/i18n/locales";
import { renderDialogueInvitation } from "../calendar/render-dialogue-invitation";
import type { AppServices } from "../context";
import type { Dialogue } from "../db/tables/dialogues.table";
import { INVITATION_DAYS } from "../dialogues/dialogue-invitations";
import { serverI18n } from "../i18n/server-i18n";

/**
 * "Inviter din leder": the e-mail to the nearest leader (in their language, Danish by default) that
 * tells what the tool is, asks them to prepare and links to their page, with the calendar
 * invitation; and the same event to the leader.
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
  const text = [
    t("mail.invite.greeting"),
    t("mail.invite.intro", values),
    t("mail.invite.tool"),
    `${t("mail.invite.when", { ...values, date: formatLocalDate(dialogue.starts_on, nearestLeader.locale) })}\n${t("mail.invite.where", values)}`,
    t("mail.invite.prepare", values),
    link,
    t("mail.invite.calendar"),
    t("mail.invite.signature"),
  ].join("\n\n");
  const invitation = (tFor: typeof t, method: "REQUEST" | "PUBLISH") =>
    renderDialogueInvitation({
      dialogue,
      leader,
      nearestLeaderEmail: nearestLeader.email,
      method,
      t: tFor,
      publicUrl: new URL("/min-lederdialog", services.config.publicUrl),
    });
  await services.mailer.send({
    to: nearestLeader.email,
    subject: t("mail.invite.subject", values),
    text,
    icalEvent: { method: "REQUEST", content: invitation(t, "REQUEST") },
  });

  const own = serverI18n(leader.locale).t;
  await services.mailer.send({
    to: leader.email,
    subject: own("mail.invite.copySubject"),
    text: [own("mail.invite.copyBody", { email: nearestLeader.email }), own("mail.invite.signature")].join(
      "\n\n",
    ),
    // The leader organises the meeting: their copy is the organiser's, not an invitation (decision 032).
    icalEvent: { method: "PUBLISH", content: invitation(own, "PUBLISH") },
  });
}
