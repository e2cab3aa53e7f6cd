import type { Locale } from "~/i18n/locales";
import { isLocale } from "~/i18n/locales";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { createPasswordResetToken } from "./password-reset.server";
import { sendSignUpAttemptMail } from "./send-sign-up-attempt-mail.server";

/** After the answer to a sign-up with an address in use: the owner is told, with a reset link. */
export async function deliverSignUpAttempt(
  services: Pick<AppServices, "db" | "mailer" | "config">,
  options: { owner: Pick<User, "email" | "name" | "locale">; locale: Locale },
): Promise<void> {
  const reset = await createPasswordResetToken(services.db, { email: options.owner.email });
  await sendSignUpAttemptMail(services, {
    user: options.owner,
    resetToken: reset?.token,
    locale: isLocale(options.owner.locale) ? options.owner.locale : options.locale,
  });
}
