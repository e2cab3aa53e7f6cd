import { Form } from "react-router";
import type { TickOff } from "~/features/agreements/check-periods";
import { formatLocalDate } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { FlashNotices } from "~/ui/flash-notices";
import { CheckHistory, type CheckPeriod } from "./check-history";

/**
 * "Har du holdt aftalen?" as the agreement asks it (issue 15, item 9): per repeat for a repeating
 * one, "Er den gjort?" for a one-off or undated one, nothing for one that is no longer active.
 */
export function TickOffPanel(props: {
  agreementId: string;
  tickOff: TickOff;
  history: CheckPeriod[];
  /** Who else answers (issue 15): her nearest leader carries it out too, or he answers on her agreement. */
  privacy?:
    | { kind: "own" }
    | { kind: "sharedWithNearestLeader" }
    | { kind: "forNearestLeader"; leaderName: string };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { tickOff } = props;
  /** This period's answer, if given: true kept, false not kept. */
  const answer =
    tickOff.kind === "periodic"
      ? (props.history.find((period) => period.date === tickOff.current)?.isKept ?? null)
      : null;
  return (
    <section aria-labelledby="afkrydsning-title" id="afkrydsning" className="panel">
      <h2 id="afkrydsning-title">{t("checks.title")}</h2>
      <FlashNotices at="afkrydsning" />
      {tickOff.kind === "periodic" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="check" />
          <fieldset className="fieldset">
            <legend>{t(`checks.question.${tickOff.period}`)}</legend>
            {/* The answer given for this period is the pressed, filled button (review of issue 15:
                after "Ikke i dag" the page still showed "Ja" filled); it can be changed. */}
            <div className="button-row">
              <button
                type="submit"
                name="kept"
                value="yes"
                className={answer === false ? "button button--secondary" : "button button--primary"}
                aria-pressed={answer === null ? undefined : answer}
              >
                {t("checks.yes")}
              </button>
              <button
                type="submit"
                name="kept"
                value="no"
                className={answer === false ? "button button--primary" : "button button--secondary"}
                aria-pressed={answer === null ? undefined : !answer}
              >
                {t(`checks.no.${tickOff.period}`)}
              </button>
            </div>
          </fieldset>
        </Form>
      ) : null}
      {tickOff.kind === "once" ? (
        <Form method="post">
          <fieldset className="fieldset">
            <legend>{t("checks.questionOnce")}</legend>
            <button type="submit" name="intent" value="done" className="button button--primary">
              {t("checks.yesDone")}
            </button>
          </fieldset>
        </Form>
      ) : null}
      {tickOff.kind === "notStarted" ? (
        <p>{t("checks.notStarted", { date: formatLocalDate(tickOff.startsOn, locale) })}</p>
      ) : null}
      {tickOff.kind === "closed" ? <p>{t("checks.closed")}</p> : null}
      {props.history.length > 0 ? (
        <>
          <h3>{t("checks.historyTitle")}</h3>
          <CheckHistory periods={props.history} />
        </>
      ) : null}
      <p className="form-hint">
        {props.privacy?.kind === "forNearestLeader"
          ? t("checks.forNearestLeader", { name: props.privacy.leaderName })
          : props.privacy?.kind === "sharedWithNearestLeader"
            ? t("checks.sharedWithNearestLeader")
            : t("checks.private")}
      </p>
    </section>
  );
}
