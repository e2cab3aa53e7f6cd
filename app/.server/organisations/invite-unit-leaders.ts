import { getToolContent } from "~/content/get-tool-content";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/locales";
import type { AppServices } from "../context";
import { createServerI18n } from "../i18n/server-i18n";

/**
 * Roll-out: HR or top management invites the active leaders of a unit (and the units below it) to
 * start the tool. Each gets a mail in their language explaining the tool, with a way in: the
 * sign-in page, or "choose a password" for people imported without one. Returns how many were sent.
 */
export async function inviteUnitLeaders(
  services: Pick<AppServices, "db" | "mailer" | "config" | "log">,
  options: { organisationId: string; unitId: string; senderName: string },
): Promise<{ sent: number; failed: number }> {
  const { db } = services;
  const unit = await db
    .selectFrom("units")
    .select("path")
    .where("id", "=", options.unitId)
    .where("organisation_id", "=", options.organisationId)
    .executeTakeFirst();
  if (!unit) return { sent: 0, failed: 0 };
  let failed = 0;
  const leaders = await db
    .selectFrom("users")
    .innerJoin("units", "units.id", "users.unit_id")
    .innerJoin("user_roles", "user_roles.user_id", "users.id")
    .select(["users.email", "users.name", "users.locale", "users.password_hash"])
    .where("users.organisation_id", "=", options.organisationId)
    .where("users.is_active", "=", 1)
    .where("user_roles.role", "=", "leader")
    .where((eb) => eb.or([eb("units.path", "=", unit.path), eb("units.path", "like", `${unit.path} / %`)]))
    .execute();
  for (const leader of leaders) {
    const locale = isLocale(leader.locale) ? leader.locale : DEFAULT_LOCALE;
    const { t } = createServerI18n(locale);
    const tool = getToolContent(locale);
    const way = leader.password_hash
      ? new URL("/log-ind", services.config.publicUrl).href
      : new URL("/glemt-adgangskode", services.config.publicUrl).href;
    // One undeliverable address must not stop the others; the page says how many failed.
    try {
      await services.mailer.send({
        to: leader.email,
        subject: t("mail.rollout.subject"),
        text: [
          t("mail.rollout.greeting", { name: leader.name }),
          t("mail.rollout.intro", { sender: options.senderName }),
          `${tool.title}\n${tool.purpose}. ${tool.timeNeeded}.`,
          t("mail.rollout.private"),
          `${leader.password_hash ? t("mail.rollout.signIn") : t("mail.rollout.choosePassword")}\n${way}`,
          t("mail.invite.signature"),
        ].join("\n\n"),
      });
    } catch (error) {
      failed++;
      services.log.warn({ err: error }, "roll-out mail failed");
    }
  }
  return { sent: leaders.length - failed, failed };
}
