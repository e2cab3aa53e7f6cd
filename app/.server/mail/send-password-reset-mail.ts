import type { Locale } from "~/i18n/locales";
import { RESET_LINK_MINUTES } from "../auth/password-reset";
import type { AppServices } from "../context";
import type { User } from "../db/tables/users.table";
import { serverI18n } from "../i18n/server-i18n";

/** The reset e-mail in the account holder's language, with a link to this installation's URL. */
export async function sendPasswordResetMail(
  services: Pick<AppServices, "mailer" | "config">,
  options: { user: Pick<User, "email" | "name">; token: string; locale: Locale },
): Promise<void> {
  const { t } = serverI18n(options.locale);
  const link = new URL(`/nulstil-adgangskode/${options.token}`, services.config.publicUrl).href;
  const text = [
    t("mail.reset.greeting", { name: options.user.name }),
    t("mail.reset.body", { minutes: RESET_LINK_MINUTES }),
    link,
    t("mail.reset.ignore"),
    t("mail.reset.signature"),
  ].join("\n\n");
  await services.mailer.send({ to: options.user.email, subject: t("mail.reset.subject"), text });
}
