import { href, Link } from "react-router";
import { formatLocalDate } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";

/** The dialogue the leader has invited to: when, where, whether it is accepted, and the way in. */
export function CurrentDialogue({
  dialogue,
}: {
  dialogue: { id: string; startsOn: string; startsAt: string; location: string; isAccepted: boolean };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="panel">
      <p>
        <strong>
          {t("invite.current", {
            date: formatLocalDate(dialogue.startsOn, locale),
            time: dialogue.startsAt,
            location: dialogue.location,
          })}
        </strong>
      </p>
      <p>{dialogue.isAccepted ? t("invite.accepted") : t("invite.waiting")}</p>
      <p>
        <Link to={href("/dialog/:dialogueId", { dialogueId: dialogue.id })}>{t("meeting.open")}</Link>
      </p>
      <p>
        <Link to={`${href("/dialog/:dialogueId", { dialogueId: dialogue.id })}#flyt-eller-aflys`}>
          {t("calendarChanges.sectionTitle")}
        </Link>
      </p>
    </div>
  );
}
