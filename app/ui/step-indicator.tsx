import { useTranslation } from "~/i18n/translation";

const STEP_KEYS = ["steps.prepare", "steps.kontrakt", "steps.dialogue", "steps.followUp"] as const;

/**
 * The trinindikator: where the leader is in 1 Forbered dig → 2 Lederkontrakt → 3 Dialog → Opfølgning.
 * The current step is marked for screen readers with aria-current.
 */
export function StepIndicator({ current }: { current: 1 | 2 | 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("steps.label")} className="step-indicator">
      <ol>
        {STEP_KEYS.map((key, index) => {
          const number = index + 1;
          const state = number < current ? "done" : number === current ? "current" : "upcoming";
          return (
            <li
              key={key}
              className={`step-indicator__step step-indicator__step--${state}`}
              aria-current={state === "current" ? "step" : undefined}
            >
              <span className="step-indicator__number" aria-hidden="true">
                {number <= 3 ? number : "↻"}
              </span>
              <span className="step-indicator__label">{t(key)}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
