import { href, Link } from "react-router";
import type { NearestLeaderDialogue } from "~/features/home/load-home-progress.server";
import { formatLocalDate, formatWallTime } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";

/**
 * First on the home of someone who is another leader's nearest leader: "Lones dialog 10. december
 * kl. 10.00 – forbered dig", each a link to their preparation page.
 */
export function NearestLeaderDialogues({ dialogues }: { dialogues: NearestLeaderDialogue[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (dialogues.length === 0) return null;
  return (
    <section aria-labelledby="as-nearest-leader-title" className="panel">
      <h2 id="as-nearest-leader-title">{t("home.asNearestLeaderTitle")}</h2>
      <ul>
        {dialogues.map((dialogue) => (
          <li key={dialogue.id}>
            <Link to={href("/naermeste-leder/:dialogueId", { dialogueId: dialogue.id })}>
              {t("home.asNearestLeaderItem", {
                name: dialogue.leaderName,
                date: formatLocalDate(dialogue.startsOn, locale),
                time: formatWallTime(dialogue.startsAt, locale),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
