import { href, Link } from "react-router";
import type { HomeProgress } from "~/features/home/load-home-progress.server";
import { formatLocalDate, formatWallTime } from "~/i18n/format-date";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";

/** The four steps as cards, each saying where the leader is in it; the current one leads. */
export function StepCards({ progress }: { progress: HomeProgress }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const step = progress.currentStep;
  const card = (number: number) => (step === number ? "step-card step-card--current" : "step-card");
  const button = (number: number) =>
    step === number ? "button button--primary" : "button button--secondary";
  const invited = progress.invitedDialogue;
  const when = invited
    ? { date: formatLocalDate(invited.startsOn, locale), time: formatWallTime(invited.startsAt, locale) }
    : null;
  return (
    <ol className="step-cards">
      <li className={card(1)}>
        <h2>1. {t("steps.prepare")}</h2>
        <p>
          {progress.hasStarted ? t("home.prepareStatus", { count: progress.noteCount }) : t("home.nextText")}
        </p>
        <Link className={button(1)} to={href("/min-lederdialog/forbered")}>
          {progress.noteCount > 0 ? t("home.continuePrepare") : t("home.startPrepare")}
        </Link>
      </li>
      <li className={card(2)}>
        <h2>2. {t("steps.kontrakt")}</h2>
        <p>
          {t("home.kontraktStatus", { fields: progress.kontraktFields, agreements: progress.agreementCount })}
        </p>
        <Link className={button(2)} to={href("/min-lederdialog/kontrakt")}>
          {t("home.openKontrakt")}
        </Link>
      </li>
      <li className={card(3)}>
        <h2>3. {t("steps.dialogue")}</h2>
        {!invited || !when ? (
          <>
            <p>{t("home.dialogueText")}</p>
            <Link className={button(3)} to={href("/min-lederdialog/dialog")}>
              {t("home.openDialogue")}
            </Link>
          </>
        ) : invited.isHeld ? (
          <>
            <p>{t("home.dialogueHeld", when)}</p>
            <Link className={button(3)} to={href("/dialog/:dialogueId", { dialogueId: invited.id })}>
              {t("home.seeDialogue")}
            </Link>
          </>
        ) : invited.isAccepted ? (
          <>
            <p>{t("home.dialogueAccepted", when)}</p>
            <p className="button-row">
              <Link className={button(3)} to={href("/dialog/:dialogueId", { dialogueId: invited.id })}>
                {t("home.openMeeting")}
              </Link>
              <Link className="button button--secondary" to={href("/min-lederdialog/dialog")}>
                {t("home.openDialogue")}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>{t("home.dialogueInvited", when)}</p>
            <Link className={button(3)} to={href("/min-lederdialog/dialog")}>
              {t("home.openDialogue")}
            </Link>
          </>
        )}
      </li>
      <li className={card(4)}>
        <h2>
          <span aria-hidden="true">↻ </span>
          {t("steps.followUp")}
        </h2>
        <p>
          {progress.followUpCount > 0
            ? t("home.followUpBooked", { count: progress.followUpCount })
            : step === 4
              ? t("home.followUpNone")
              : t("home.followUpLater")}
        </p>
        {step === 4 && progress.followUpCount === 0 && invited ? (
          <Link
            className={button(4)}
            to={`${href("/dialog/:dialogueId", { dialogueId: invited.id })}#opfoelgning`}
          >
            {t("home.bookFollowUp")}
          </Link>
        ) : step === 4 && progress.agreementCount > 0 ? (
          <Link className={button(4)} to={href("/min-lederdialog/kontrakt")}>
            {t("home.seeAgreements")}
          </Link>
        ) : null}
      </li>
    </ol>
  );
}
