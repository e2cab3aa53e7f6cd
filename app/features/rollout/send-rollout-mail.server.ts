import { href } from "react-router";
import { getToolContent } from "~/content/get-tool-content";
import { ssoUrls } from "~/features/sso/sso-urls";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import { type MailPerson, renderMail } from "~/platform/mail/render-mail.server";
import { ROLLOUT_LINK_DAYS } from "./rollout-password-link.server";

/**
 * How a leader gets in: their organisation's single sign-on where it has one; otherwise the sign-in
 * page, or, for people imported without a password, a single-use link that sets one and signs them
 * in at once (`createRolloutPasswordLink`).
 */
export type WayIn =
  | { kind: "sso"; slug: string }
  | { kind: "signIn" }
  | { kind: "choosePassword"; token: string };

function wayInUrl(publicUrl: URL, wayIn: WayIn): string {
  if (wayIn.kind === "sso") return ssoUrls(publicUrl, wayIn.slug).start.href;
  if (wayIn.kind === "signIn") return new URL(href("/log-ind"), publicUrl).href;
  return new URL(`/nulstil-adgangskode/${wayIn.token}`, publicUrl).href;
}

/**
 * The roll-out mail to one leader, in their language: what the tool is, that it is private, the way
 * in. A person sent it: a reply, or an "away until" answer, reaches the HR person (Reply-To).
 */
export async function sendRolloutMail(
  services: Pick<AppServices, "mailer" | "config">,
  leader: { email: string; name: string; locale: string | null; wayIn: WayIn },
  sender: MailPerson,
): Promise<void> {
  const locale = isLocale(leader.locale) ? leader.locale : DEFAULT_LOCALE;
  const { t } = serverI18n(locale);
  const tool = getToolContent(locale);
  const { wayIn } = leader;
  const way = wayInUrl(services.config.publicUrl, wayIn);
  await services.mailer.send(
    renderMail({
      to: leader.email,
      locale,
      automatic: false,
      replyTo: sender,
      subject: t("mail.rollout.subject"),
      greeting: t("mail.rollout.greeting", { name: leader.name }),
      body: [
        t("mail.rollout.intro", { sender: sender.name }),
        `${tool.title}\n${tool.purpose}. ${tool.timeNeeded}.`,
        t("mail.rollout.private"),
        {
          lead: t(`mail.rollout.${wayIn.kind}`, { days: ROLLOUT_LINK_DAYS }),
          label: t(`mail.rollout.links.${wayIn.kind}`),
          href: way,
        },
      ],
    }),
  );
}
