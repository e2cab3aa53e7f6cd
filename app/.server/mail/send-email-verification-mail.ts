import type { Locale } from "~/i18n/locales";
import type { AppServices } from "../context";
import type { User } from "../db/tables/users.table";
import { serverI18n } from "../i18n/server-i18n";
import { VERIFICATION_LINK_HOURS } from "../users/create-email-verification";

/** The link that verifies the address, in the account holder's language. */
export async function sendEmailVerificationMail(
  services: Pick<AppServices, "mailer" | "config">,
  options: { user: Pick<User, "email" | "name">; token: string; locale: Locale },
): Promise<void> {
  const { t } = serverI18n(options.locale);
  const link = new URL(`/bekraeft-email/${options.token}`, services.config.publicUrl).href;
  const text = [
    t("verifyEmail.mail.greeting", { name: options.user.name }),
    t("verifyEmail.mail.body", { email: options.user.email, hours: VERIFICATION_LINK_HOURS }),
    link,
    t("verifyEmail.mail.ignore"),
    t("verifyEmail.mail.signature"),
  ].join("\n\n");
  await services.mailer.send({ to: options.user.email, subject: t("verifyEmail.mail.subject"), text });
}
