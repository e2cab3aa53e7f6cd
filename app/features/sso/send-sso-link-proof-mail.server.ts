import { describeSsoProvider } from "~/features/sso/describe-sso-provider";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { LINK_PROOF_MINUTES } from "~/platform/mail/link-lifetimes.server";
import { renderMail } from "~/platform/mail/render-mail.server";
import { ssoUrls } from "./sso-urls";

/** The single-use link that proves an account is its owner's, to the account's own address. */
export async function sendSsoLinkProofMail(
  services: Pick<AppServices, "mailer" | "config">,
  options: {
    user: Pick<User, "email" | "name">;
    slug: string;
    token: string;
    provider: string;
    locale: Locale;
  },
): Promise<void> {
  const { t } = serverI18n(options.locale);
  await services.mailer.send(
    renderMail({
      to: options.user.email,
      locale: options.locale,
      automatic: true,
      subject: t("accountSecurity.mail.proof.subject"),
      greeting: t("accountSecurity.mail.proof.greeting", { name: options.user.name }),
      body: [
        {
          lead: t("accountSecurity.mail.proof.body", {
            provider: describeSsoProvider(options.provider).name,
            minutes: LINK_PROOF_MINUTES,
          }),
          label: t("accountSecurity.mail.proof.link"),
          href: ssoUrls(services.config.publicUrl, options.slug).linkProofMail(options.token).href,
        },
        t("accountSecurity.mail.proof.ignore"),
      ],
    }),
  );
}
