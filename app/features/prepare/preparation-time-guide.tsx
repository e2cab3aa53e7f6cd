import { useTimeTracker } from "~/features/autosave/use-time-tracker";
import { useTranslation } from "~/i18n/translation";

/** The gentle 45-minute guide: a suggestion per theme and the time spent so far; never a stop. */
export function PreparationTimeGuide(props: {
  themeId: string;
  suggestedMinutes: number;
  totalMinutes: number;
  secondsInAll: number;
}) {
  const { t } = useTranslation();
  const secondsHere = useTimeTracker(props.themeId);
  const minutesInAll = Math.floor((props.secondsInAll + secondsHere) / 60);
  return (
    <aside className="time-guide" aria-labelledby="time-guide-title">
      <h2 id="time-guide-title" className="time-guide__title">
        {t("prepare.timeTitle")}
      </h2>
      <p>{t("prepare.timeSuggested", { minutes: props.suggestedMinutes })}</p>
      <p>{t("prepare.timeSpent", { minutes: minutesInAll, total: props.totalMinutes })}</p>
      <p className="form-hint">{t("prepare.timeNote")}</p>
    </aside>
  );
}
