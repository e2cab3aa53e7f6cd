import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { RESET_LINK_MINUTES } from "~/platform/mail/link-lifetimes.server";
import { renderMail } from "~/platform/mail/render-mail.server";

/**
 * The reset e-mail in the account holder's language, with a link to this installation's URL. No
 * Reply-To, like every account mail: no person sent it, and a reply must not put a live reset link
 * in someone's inbox.
 */
export async function sendPasswordResetMail(
  services: Pick<AppServices, "mailer" | "config">,
  options: { user: Pick<User, "email" | "name">; token: string; locale: Locale },
): Promise<void> {
  const { t } = serverI18n(options.locale);
  const link = new URL(`/nulstil-adgangskode/${options.token}`, services.config.publicUrl).href;
  await services.mailer.send(
    renderMail({
      to: options.user.email,
      locale: options.locale,
      automatic: true,
      subject: t("mail.reset.subject"),
      greeting: t("mail.reset.greeting", { name: options.user.name }),
      body: [
        {
          lead: t("mail.reset.body", { minutes: RESET_LINK_MINUTES }),
          label: t("mail.reset.link"),
          href: link,
        },
        t("mail.reset.ignore"),
      ],
    }),
  );
}
