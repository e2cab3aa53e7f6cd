import { getToolContent } from "~/content/get-tool-content";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/locales";
import type { AppServices } from "../context";
import { createServerI18n } from "../i18n/server-i18n";

/**
 * The roll-out mail to one leader, in their language: what the tool is, that it is private, and
 * their way in (the sign-in page, or "choose a password" for people imported without one).
 */
export async function sendRolloutMail(
  services: Pick<AppServices, "mailer" | "config">,
  leader: { email: string; name: string; locale: string | null; hasPassword: boolean },
  senderName: string,
): Promise<void> {
  const locale = isLocale(leader.locale) ? leader.locale : DEFAULT_LOCALE;
  const { t } = createServerI18n(locale);
  const tool = getToolContent(locale);
  const way = new URL(leader.hasPassword ? "/log-ind" : "/glemt-adgangskode", services.config.publicUrl).href;
  await services.mailer.send({
    to: leader.email,
    subject: t("mail.rollout.subject"),
    text: [
      t("mail.rollout.greeting", { name: leader.name }),
      t("mail.rollout.intro", { sender: senderName }),
      `${tool.title}\n${tool.purpose}. ${tool.timeNeeded}.`,
      t("mail.rollout.private"),
      `${leader.hasPassword ? t("mail.rollout.signIn") : t("mail.rollout.choosePassword")}\n${way}`,
      t("mail.invite.signature"),
    ].join("\n\n"),
  });
}
