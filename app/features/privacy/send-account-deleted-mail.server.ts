import { DEFAULT_LOCALE, isLocale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import { renderMail } from "~/platform/mail/render-mail.server";

/**
 * To someone who held a dialogue with a person who has deleted their account: what is gone. The
 * app writes it by itself, and nobody answers it: the deleted person left, and their address goes
 * with their account.
 */
export async function sendAccountDeletedMail(
  services: Pick<AppServices, "mailer">,
  options: {
    to: { email: string; name: string; locale: string | null };
    deletedName: string;
    /** Whether the deleted person was the leader of the dialogue (their texts go) or its nearest leader. */
    deletedWasLeader: boolean;
  },
): Promise<void> {
  const locale = isLocale(options.to.locale) ? options.to.locale : DEFAULT_LOCALE;
  const { t } = serverI18n(locale);
  const values = { name: options.deletedName };
  await services.mailer.send(
    renderMail({
      to: options.to.email,
      locale,
      automatic: true,
      subject: t("mail.accountDeleted.subject", values),
      greeting: t("mail.accountDeleted.greeting", { name: options.to.name }),
      body: [
        options.deletedWasLeader
          ? t("mail.accountDeleted.leaderDeleted", values)
          : t("mail.accountDeleted.nearestLeaderDeleted", values),
      ],
    }),
  );
}
