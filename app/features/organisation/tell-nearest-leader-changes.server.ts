import type { da } from "~/i18n/catalogs/da";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/locales";
import { serverI18n } from "~/i18n/server-i18n.server";
import type { AppServices } from "~/platform/context/context.server";
import type { MailMessage } from "~/platform/mail/mailer.server";
import { renderMail } from "~/platform/mail/render-mail.server";
import type { NearestLeaderChange } from "./nearest-leader-changes.server";

interface Person {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  isActive: boolean;
}

type MailKey = Exclude<keyof (typeof da)["reportingLines"]["mail"], "greeting">;
// A type, not an interface: i18next's options take an index signature, which interfaces lack.
type MailValues = { person: string; from: string; to: string; holder: string };

/** The three sides of one change, as they are after the import, and who holds her dialogues. */
interface ChangeParties {
  person: Person;
  from: Person | null;
  to: Person | null;
  /** The nearest leader who accepted her latest invitation (decision 029), or nobody. */
  holder: { id: string; name: string } | null;
}

/**
 * After an import has changed reporting lines: the person, the nearest leader before and the one
 * after are each mailed in their own language (active people only) with what changed and with whom
 * the dialogue stays. One failed mail does not stop the others; it is logged.
 */
export async function tellNearestLeaderChanges(
  services: Pick<AppServices, "db" | "mailer" | "log">,
  options: { organisationId: string; changes: NearestLeaderChange[] },
): Promise<void> {
  for (const change of options.changes) {
    const parties = await findChangeParties(services, options.organisationId, change);
    if (!parties) continue;
    for (const mail of composeMails(parties)) {
      try {
        await services.mailer.send(mail);
      } catch (error) {
        services.log.warn({ err: error }, "could not mail a change of nearest leader");
      }
    }
  }
}

async function findChangeParties(
  services: Pick<AppServices, "db">,
  organisationId: string,
  change: NearestLeaderChange,
): Promise<ChangeParties | undefined> {
  const emails = [change.person.email, change.from?.email, change.to?.email].filter(
    (email): email is string => email !== undefined,
  );
  const rows = await services.db
    .selectFrom("users")
    .leftJoin("users as holder", "holder.id", "users.accepted_nearest_leader_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.locale",
      "users.is_active",
      "holder.id as holder_id",
      "holder.name as holder_name",
    ])
    .where("users.organisation_id", "=", organisationId)
    .where("users.email", "in", emails)
    .execute();
  const byEmail = new Map(
    rows.map((row) => [
      row.email,
      {
        person: {
          id: row.id,
          email: row.email,
          name: row.name,
          locale: row.locale,
          isActive: Number(row.is_active) === 1,
        },
        holder: row.holder_id && row.holder_name ? { id: row.holder_id, name: row.holder_name } : null,
      },
    ]),
  );
  const person = byEmail.get(change.person.email);
  if (!person) return undefined;
  return {
    person: person.person,
    from: change.from ? (byEmail.get(change.from.email)?.person ?? null) : null,
    to: change.to ? (byEmail.get(change.to.email)?.person ?? null) : null,
    holder: person.holder,
  };
}

function composeMails({ person, from, to, holder }: ChangeParties) {
  const mails: MailMessage[] = [];
  const write = (recipient: Person, subjectKey: MailKey, lines: MailKey[], values: MailValues) => {
    if (!recipient.isActive) return;
    const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
    const { t } = serverI18n(locale);
    // Written by the app after an import, so automatic; the import's administrator is not its sender.
    mails.push(
      renderMail({
        to: recipient.email,
        locale,
        automatic: true,
        subject: t(`reportingLines.mail.${subjectKey}`, values),
        greeting: t("reportingLines.mail.greeting", { name: recipient.name }),
        body: lines.map((key) => t(`reportingLines.mail.${key}`, values)),
      }),
    );
  };
  const values: MailValues = {
    person: person.name,
    from: from?.name ?? "",
    to: to?.name ?? "",
    holder: holder?.name ?? "",
  };

  const leaderChange: MailKey = from && to ? "leaderChanged" : to ? "leaderSet" : "leaderRemoved";
  const leaderDialogue: MailKey[] =
    holder === null
      ? ["leaderNoDialogue"]
      : holder.id === to?.id
        ? ["leaderAlreadyWith"]
        : ["leaderStaysWith", ...(to ? (["leaderNewSeesNothing"] as const) : [])];
  write(person, "leaderSubject", [leaderChange, ...leaderDialogue], values);

  if (from) {
    write(
      from,
      "previousSubject",
      [
        to ? "previousChanged" : "previousRemoved",
        holder?.id === from.id ? "previousStaysWithYou" : "previousNothingChanges",
      ],
      values,
    );
  }
  if (to) {
    // The new nearest leader is not told whom the leader holds her dialogues with.
    const dialogue: MailKey =
      holder === null ? "nextNoDialogue" : holder.id === to.id ? "nextAlreadyYou" : "nextElsewhere";
    write(to, "nextSubject", [from ? "nextChanged" : "nextSet", dialogue], values);
  }
  return mails;
}
