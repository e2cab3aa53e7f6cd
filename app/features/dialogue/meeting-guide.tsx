import { useTranslation } from "~/i18n/translation";

/**
 * How to spend the time: a suggestion for the 45-minute dialogue that follows the tool's order
 * (the points, then agreements and follow-up). Short follow-ups get the short version.
 */
export function MeetingGuide({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const steps =
    minutes >= 45
      ? [
          t("meeting.guide.opening"),
          t("meeting.guide.points"),
          t("meeting.guide.agreements"),
          t("meeting.guide.followUp"),
        ]
      : [t("meeting.guide.shortStatus"), t("meeting.guide.shortNext")];
  return (
    <aside className="panel meeting-guide" aria-labelledby="guide-title">
      <h2 id="guide-title">{t("meeting.guide.title", { minutes })}</h2>
      <ol className="time-guide">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </aside>
  );
}
