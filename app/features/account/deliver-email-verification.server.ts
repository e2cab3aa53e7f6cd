import type { Locale } from "~/i18n/locales";
import { isLocale } from "~/i18n/locales";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { createEmailVerification } from "./create-email-verification.server";
import { sendEmailVerificationMail } from "./send-email-verification-mail.server";

/** A new verification link, mailed to the account's address in its holder's language. */
export async function deliverEmailVerification(
  services: Pick<AppServices, "db" | "mailer" | "config">,
  options: {
    user: Pick<User, "id" | "organisation_id" | "email" | "name" | "locale">;
    returnTo: string | null;
    meta: RequestMeta;
    locale: Locale;
  },
): Promise<void> {
  const token = await createEmailVerification(services.db, options);
  await sendEmailVerificationMail(services, {
    user: options.user,
    token,
    locale: isLocale(options.user.locale) ? options.user.locale : options.locale,
  });
}
