import { Form } from "react-router";
import { AutosaveProvider } from "~/features/autosave/autosave-context";
import { AutosaveField } from "~/features/autosave/autosave-field";
import { SaveStatus } from "~/features/autosave/save-status";
import { useTranslation } from "~/i18n/translation";
import { FlashNotices } from "~/ui/flash-notices";

const NOTES_FORM_ID = "nearest-leader-notes";

/**
 * The nearest leader's own notes for a dialogue: saved into their own cycle with the existing
 * autosave (and the page's form without JavaScript), so only they can ever read them.
 */
export function PrivateNotes({
  cycleId,
  textKey,
  body,
  leaderName,
  isTooLong,
}: {
  cycleId: string;
  textKey: string;
  body: string;
  leaderName: string;
  /** The form's post was over the limit: nothing saved, and the page says so here. */
  isTooLong: boolean;
}) {
  const { t } = useTranslation();
  return (
    <AutosaveProvider scope={cycleId} serverBodies={{ [textKey]: body }}>
      <section aria-labelledby="private-notes-title" id="noter" className="panel private-notes">
        <h2 id="private-notes-title">{t("nearestLeader.notesTitle")}</h2>
        <AutosaveField
          textKey={textKey}
          label={t("nearestLeader.notesLabel")}
          hint={t("nearestLeader.notesHint", { name: leaderName })}
          initialBody={body}
          rows={6}
          form={NOTES_FORM_ID}
        />
        <Form method="post" id={NOTES_FORM_ID} className="sticky-actions">
          <SaveStatus />
          <button type="submit" className="button button--secondary">
            {t("nearestLeader.notesSave")}
          </button>
        </Form>
        <FlashNotices at="noter" />
        {isTooLong ? (
          <p className="notice notice--warning" role="alert">
            {t("nearestLeader.notesTooLong")}
          </p>
        ) : null}
      </section>
    </AutosaveProvider>
  );
}
