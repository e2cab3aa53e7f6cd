import { Form } from "react-router";
import { useTranslation } from "~/i18n/translation";

/** The leader's step-1 note to "to til tre pointer", offered as the points (issue 15, item 8). */
export function PointsNoteOffer({ note }: { note: string }) {
  const { t } = useTranslation();
  return (
    <aside className="carry-notes" aria-labelledby="points-note-title">
      <h3 className="carry-notes__title" id="points-note-title">
        {t("dialogue.pointsNoteTitle")}
      </h3>
      <p className="carry-note__body">{note}</p>
      <Form method="post">
        <button
          type="submit"
          name="intent"
          value="usePointsNote"
          className="button button--secondary button--small"
        >
          {t("dialogue.usePointsNote")}
        </button>
      </Form>
      <p className="form-hint">{t("dialogue.usePointsNoteHint")}</p>
    </aside>
  );
}
