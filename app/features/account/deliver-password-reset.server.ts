import type { Locale } from "~/i18n/locales";
import { isLocale } from "~/i18n/locales";
import type { AppServices } from "~/platform/context/context.server";
import { createPasswordResetToken } from "./password-reset.server";
import { sendPasswordResetMail } from "./send-password-reset-mail.server";

/**
 * After the answer to "glemt adgangskode": a token and the reset mail when the address has an
 * account that may have a password; nothing otherwise.
 */
export async function deliverPasswordReset(
  services: Pick<AppServices, "db" | "mailer" | "config">,
  options: { email: string; locale: Locale },
): Promise<void> {
  const created = await createPasswordResetToken(services.db, { email: options.email });
  if (!created) return;
  await sendPasswordResetMail(services, {
    user: created.user,
    token: created.token,
    locale: isLocale(created.user.locale) ? created.user.locale : options.locale,
  });
}
