import { href, Link } from "react-router";
import type { HomeProgress } from "~/features/home/load-home-progress.server";
import { formatLocalDate, formatWallTime } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";

/**
 * "Det næste": the next dialogue with its link, what falls due this week, and the agreements still
 * to tick off. Shown once the leader has a dialogue or agreements; before that the step cards say it.
 */
export function WhatsNext({ progress }: { progress: HomeProgress }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { nextDialogue, dueThisWeek, agreementsToTick } = progress;
  const hasWeek = dueThisWeek.dialogues.length > 0 || dueThisWeek.agreements.length > 0;
  if (!nextDialogue && !hasWeek && agreementsToTick.length === 0) return null;
  const date = (localDate: string) => formatLocalDate(localDate, locale);
  const time = (wallTime: string) => formatWallTime(wallTime, locale);
  return (
    <section aria-labelledby="whats-next-title" className="panel">
      <h2 id="whats-next-title">{t("home.nextTitle")}</h2>
      {nextDialogue ? (
        <p>
          {t(nextDialogue.isFollowUp ? "home.nextFollowUp" : "home.nextDialogue", {
            date: date(nextDialogue.startsOn),
            time: time(nextDialogue.startsAt),
          })}{" "}
          <Link to={href("/dialog/:dialogueId", { dialogueId: nextDialogue.id })}>
            {t("home.openMeeting")}
          </Link>
        </p>
      ) : null}
      {hasWeek ? (
        <>
          <h3>{t("home.thisWeekTitle")}</h3>
          <ul>
            {dueThisWeek.dialogues.map((dialogue) => (
              <li key={dialogue.id}>
                <Link to={href("/dialog/:dialogueId", { dialogueId: dialogue.id })}>
                  {t("home.thisWeekDialogue", {
                    date: date(dialogue.startsOn),
                    time: time(dialogue.startsAt),
                  })}
                </Link>
              </li>
            ))}
            {dueThisWeek.agreements.map((agreement) => (
              <li key={agreement.id}>
                <Link to={href("/min-lederdialog/aftaler/:agreementId", { agreementId: agreement.id })}>
                  {agreement.text}
                </Link>{" "}
                <span className="form-hint">({date(agreement.date)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {agreementsToTick.length > 0 ? (
        <>
          <h3>{t("home.toTickTitle")}</h3>
          <p className="form-hint">{t("home.toTickHint")}</p>
          <ul>
            {agreementsToTick.map((agreement) => (
              <li key={agreement.id}>
                <Link to={href("/min-lederdialog/aftaler/:agreementId", { agreementId: agreement.id })}>
                  {agreement.text}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
