import { href } from "react-router";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { VERIFICATION_LINK_HOURS } from "~/platform/mail/link-lifetimes.server";
import { renderMail } from "~/platform/mail/render-mail.server";

/** The link that verifies the address, in the account holder's language (an account mail: no Reply-To). */
export async function sendEmailVerificationMail(
  services: Pick<AppServices, "mailer" | "config">,
  options: { user: Pick<User, "email" | "name">; token: string; locale: Locale },
): Promise<void> {
  const { t } = serverI18n(options.locale);
  const link = new URL(href("/bekraeft-email/:token", { token: options.token }), services.config.publicUrl)
    .href;
  await services.mailer.send(
    renderMail({
      to: options.user.email,
      locale: options.locale,
      automatic: true,
      subject: t("verifyEmail.mail.subject"),
      greeting: t("verifyEmail.mail.greeting", { name: options.user.name }),
      body: [
        {
          lead: t("verifyEmail.mail.body", { email: options.user.email, hours: VERIFICATION_LINK_HOURS }),
          label: t("verifyEmail.mail.link"),
          href: link,
        },
        t("verifyEmail.mail.ignore"),
      ],
    }),
  );
}
