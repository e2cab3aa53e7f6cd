import { useTranslation } from "~/i18n/translation";
import { useAutosave } from "./autosave-context";

/**
 * Always visible: whether what the leader typed is safe. Announced politely to screen readers.
 * Without JavaScript it says how to save (the form's button).
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const { isReady, state } = useAutosave();
  const text = !isReady
    ? t("autosave.manual")
    : {
        idle: t("autosave.idle"),
        saving: t("autosave.saving"),
        saved: t("autosave.saved"),
        offline: t("autosave.offline"),
        signedOut: t("autosave.signedOut"),
        error: t("autosave.error"),
      }[state];
  return (
    <p className={`save-status save-status--${isReady ? state : "manual"}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
