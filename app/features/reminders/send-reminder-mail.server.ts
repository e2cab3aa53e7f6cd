import type { TFunction } from "i18next";
import { href } from "react-router";
import { formatLocalDate } from "~/i18n/format-date";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import { type MailBlock, renderMail } from "~/platform/mail/render-mail.server";
import type { DialogueReminder, DueReminder, FollowUpReminder } from "./due-reminder.server";
import { unsubscribeUrl } from "./unsubscribe-token.server";

interface ReminderContent {
  subject: string;
  body: MailBlock[];
}

/**
 * A reminder in the recipient's language, with a link to the page it is about and the one-click
 * unsubscribe for its kind, both in the footer and as RFC 8058 headers (mail programs show an
 * "Unsubscribe" button and POST to the link without a sign-in). Automatic (RFC 3834): no
 * out-of-office answers come back to an address nobody reads.
 */
export async function sendReminderMail(
  services: Pick<AppServices, "mailer" | "config">,
  reminder: DueReminder,
): Promise<void> {
  const { recipient } = reminder;
  const { t } = serverI18n(recipient.locale);
  const { publicUrl, sessionSecret } = services.config;
  const unsubscribe = unsubscribeUrl(
    { publicUrl, secret: sessionSecret },
    { userId: recipient.id, kind: reminder.kind },
  );
  const content =
    reminder.kind === "dialoguePrepare"
      ? dialogueContent(t, reminder, publicUrl)
      : followUpContent(t, reminder, publicUrl);
  await services.mailer.send(
    renderMail({
      to: recipient.email,
      locale: recipient.locale,
      automatic: true,
      subject: content.subject,
      greeting: t("mail.reminder.greeting", { name: recipient.name }),
      body: content.body,
      unsubscribe: {
        lead: t("mail.reminder.unsubscribe"),
        label: t("mail.reminder.unsubscribeLink"),
        href: unsubscribe,
      },
    }),
  );
}

/** When and where only: the nearest leader's copy must hold nothing the leader has not shared. */
function dialogueContent(t: TFunction, reminder: DialogueReminder, publicUrl: URL): ReminderContent {
  const { dialogue, recipient } = reminder;
  const values = {
    leader: dialogue.leaderName,
    date: formatLocalDate(dialogue.startsOn, recipient.locale),
    time: dialogue.startsAt,
    location: dialogue.location,
  };
  const where = t("mail.reminder.dialoguePrepare.where", values);
  if (reminder.role === "leader") {
    return {
      subject: t("mail.reminder.dialoguePrepare.leaderSubject", values),
      body: [
        `${t("mail.reminder.dialoguePrepare.leaderWhen", values)}\n${where}`,
        {
          lead: t("mail.reminder.dialoguePrepare.leaderPrepare"),
          label: t("mail.reminder.dialoguePrepare.leaderLink"),
          href: new URL(href("/dialog/:dialogueId", { dialogueId: dialogue.id }), publicUrl).href,
        },
      ],
    };
  }
  return {
    subject: t("mail.reminder.dialoguePrepare.nearestLeaderSubject", values),
    body: [
      `${t("mail.reminder.dialoguePrepare.nearestLeaderWhen", values)}\n${where}`,
      {
        lead: t("mail.reminder.dialoguePrepare.nearestLeaderPrepare", values),
        label: t("mail.reminder.dialoguePrepare.nearestLeaderLink", values),
        href: new URL(href("/naermeste-leder/:dialogueId", { dialogueId: dialogue.id }), publicUrl).href,
      },
    ],
  };
}

/** Only ever to the leader who wrote the agreement, so it may quote it. */
function followUpContent(t: TFunction, reminder: FollowUpReminder, publicUrl: URL): ReminderContent {
  const { agreement, recipient } = reminder;
  const link = new URL(
    href("/min-lederdialog/aftaler/:agreementId", { agreementId: agreement.id }),
    publicUrl,
  ).href;
  const label = t("mail.reminder.agreementLink");
  const quote = t("mail.reminder.agreementQuote", { text: agreement.text });
  if (reminder.kind === "followUpDue") {
    return {
      subject: t("mail.reminder.followUpDue.subject"),
      body: [
        `${t("mail.reminder.followUpDue.intro")}\n${quote}`,
        { lead: t("mail.reminder.followUpDue.action"), label, href: link },
      ],
    };
  }
  const date = formatLocalDate(agreement.followUpDate, recipient.locale);
  return {
    subject: t("mail.reminder.followUpOverdue.subject"),
    body: [
      `${t("mail.reminder.followUpOverdue.intro", { date })}\n${quote}`,
      { lead: t("mail.reminder.followUpOverdue.action"), label, href: link },
    ],
  };
}
