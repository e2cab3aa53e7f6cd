import { isLocale, type Locale } from "~/i18n/locales";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { sendNewDeviceMail } from "./send-new-device-mail.server";

/**
 * A sign-in from a browser without the account's device cookie is mailed to the person (issue 13),
 * whether by password or through single sign-on. The sign-in stands if the mail cannot be sent: a
 * failed mail is for operators.
 */
export async function mailSignInFromNewDevice(
  services: Pick<AppServices, "mailer" | "config" | "log">,
  options: { user: User; userAgent: string | null; pageLocale: Locale },
): Promise<void> {
  try {
    await sendNewDeviceMail(services, {
      user: options.user,
      userAgent: options.userAgent,
      at: new Date(),
      locale: isLocale(options.user.locale) ? options.user.locale : options.pageLocale,
    });
  } catch (error) {
    services.log.error({ err: error }, "new-device mail could not be sent");
  }
}
