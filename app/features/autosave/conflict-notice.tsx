import { useTranslation } from "~/i18n/translation";

/**
 * Under a text whose lines were changed in two places at once: both versions stand in the field,
 * between marker lines, and the person chooses by deleting what should go.
 */
export function ConflictNotice({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" id={id} role="alert">
      <p>
        <strong>{t("autosave.conflict")}</strong>
      </p>
      <p>{t("autosave.conflictHint")}</p>
    </div>
  );
}
