import { SECURITY_PAGE_PATH } from "~/features/account/send-new-device-mail.server";
import { describeSsoProvider } from "~/features/sso/describe-sso-provider";
import { formatDateTime } from "~/i18n/format-date";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { renderMail } from "~/platform/mail/render-mail.server";

/**
 * Every new link between an identity provider and an account is told to the account's owner, at
 * the account's address, with the way to undo it: a link made behind their back does not stay quiet.
 */
export async function sendSsoLinkedMail(
  services: Pick<AppServices, "mailer" | "config" | "log">,
  options: { user: Pick<User, "email" | "name">; provider: string; locale: Locale },
): Promise<void> {
  const { t } = serverI18n(options.locale);
  const mail = renderMail({
    to: options.user.email,
    locale: options.locale,
    automatic: true,
    subject: t("accountSecurity.mail.linked.subject"),
    greeting: t("accountSecurity.mail.linked.greeting", { name: options.user.name }),
    body: [
      t("accountSecurity.mail.linked.body", {
        email: options.user.email,
        provider: describeSsoProvider(options.provider).name,
        time: formatDateTime(new Date(), options.locale),
      }),
      {
        lead: t("accountSecurity.mail.linked.notYou"),
        label: t("accountSecurity.mail.linked.link"),
        href: new URL(SECURITY_PAGE_PATH, services.config.publicUrl).href,
      },
    ],
  });
  try {
    await services.mailer.send(mail);
  } catch (error) {
    // The sign-in is not undone because a mail server is down; the operators see it.
    services.log.error({ err: error }, "the mail about a new single sign-on link could not be sent");
  }
}
