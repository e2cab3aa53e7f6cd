import { href, Link } from "react-router";
import { formatLocalDate } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import type { FollowUpRhythm } from "~/platform/db/column-values/follow-up-rhythms";

/** Every dialogue of the cycle between the two of them, in time order. */
export function DialogueHistory({
  dialogues,
  currentId,
}: {
  dialogues: {
    id: string;
    startsOn: string;
    startsAt: string;
    rhythm: FollowUpRhythm | null;
    isHeld: boolean;
  }[];
  currentId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="history-title" id="historik">
      <h2 id="history-title">{t("meeting.historyTitle")}</h2>
      <ol>
        {dialogues.map((item) => {
          const label = t(item.isHeld ? "meeting.historyItemHeld" : "meeting.historyItem", {
            date: formatLocalDate(item.startsOn, locale),
            time: item.startsAt,
            kind: item.rhythm ? t(`followUp.rhythm.${item.rhythm}`) : t("meeting.firstDialogue"),
          });
          return (
            <li key={item.id}>
              {item.id === currentId ? (
                <span aria-current="page">{label}</span>
              ) : (
                <Link to={href("/dialog/:dialogueId", { dialogueId: item.id })}>{label}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
