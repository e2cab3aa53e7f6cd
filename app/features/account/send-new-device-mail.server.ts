import { href } from "react-router";
import { describeUserAgent } from "~/features/account/describe-user-agent";
import { formatDateTime } from "~/i18n/format-date";
import type { Locale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { User } from "~/platform/db/tables/users.table";
import { renderMail } from "~/platform/mail/render-mail.server";

/** Where the person sees their sessions and ends them ("Log-ind og sikkerhed", issue 13). */
export const SECURITY_PAGE_PATH = href("/min-lederdialog/sikkerhed");

/**
 * "A new sign-in to your account": sent after a sign-in (password or single sign-on) from a browser
 * without the account's device cookie, in the person's language, saying when, from what, and where
 * to end it.
 */
export async function sendNewDeviceMail(
  services: Pick<AppServices, "mailer" | "config">,
  options: { user: Pick<User, "email" | "name">; userAgent: string | null; at: Date; locale: Locale },
): Promise<void> {
  const { t } = serverI18n(options.locale);
  const device = describeUserAgent(options.userAgent);
  const deviceText = !device
    ? t("throttle.mail.unknownDevice")
    : device.os
      ? t("throttle.mail.device", { browser: device.browser, os: device.os })
      : device.browser;
  await services.mailer.send(
    renderMail({
      to: options.user.email,
      locale: options.locale,
      automatic: true,
      subject: t("throttle.mail.subject"),
      greeting: t("throttle.mail.greeting", { name: options.user.name }),
      body: [
        t("throttle.mail.body", { time: formatDateTime(options.at, options.locale), device: deviceText }),
        t("throttle.mail.ifYou"),
        {
          lead: t("throttle.mail.ifNotYou"),
          label: t("throttle.mail.securityLink"),
          href: new URL(SECURITY_PAGE_PATH, services.config.publicUrl).href,
        },
        {
          lead: t("throttle.mail.changePassword"),
          label: t("throttle.mail.passwordLink"),
          href: new URL(href("/glemt-adgangskode"), services.config.publicUrl).href,
        },
      ],
    }),
  );
}
