import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { RESET_LINK_MINUTES } from "~/platform/mail/link-lifetimes.server";
import { type MailBlock, renderMail } from "~/platform/mail/render-mail.server";

/**
 * To the owner of an address someone tried to sign up with: the sign-up page answered as for a
 * new address, so this mail is where the owner learns of it, with a reset link when their account
 * can have a password (issue 13, finding 7).
 */
export async function sendSignUpAttemptMail(
  services: Pick<AppServices, "mailer" | "config">,
  options: { user: Pick<User, "email" | "name">; resetToken: string | undefined; locale: Locale },
): Promise<void> {
  const { t } = serverI18n(options.locale);
  const reset: MailBlock = options.resetToken
    ? {
        lead: t("verifyEmail.attemptMail.reset", { minutes: RESET_LINK_MINUTES }),
        label: t("verifyEmail.attemptMail.resetLink"),
        href: new URL(`/nulstil-adgangskode/${options.resetToken}`, services.config.publicUrl).href,
      }
    : t("verifyEmail.attemptMail.noReset");
  await services.mailer.send(
    renderMail({
      to: options.user.email,
      locale: options.locale,
      automatic: true,
      subject: t("verifyEmail.attemptMail.subject"),
      greeting: t("verifyEmail.attemptMail.greeting", { name: options.user.name }),
      body: [
        t("verifyEmail.attemptMail.body", { email: options.user.email }),
        reset,
        t("verifyEmail.attemptMail.ignore"),
      ],
    }),
  );
}
