import type { SubmissionResult } from "@conform-to/react";
import { useEffect } from "react";
import { useRevalidator } from "react-router";
import { AutosaveProvider, useAutosave } from "~/features/autosave/autosave-context";
import { ConflictNotice } from "~/features/autosave/conflict-notice";
import { SaveStatus } from "~/features/autosave/save-status";
import { conflictMarkers, hasConflictMarkers } from "~/features/cycles/conflict-markers";
import { NOTES_MAX_LENGTH } from "~/features/dialogue/meeting.schema";
import { useTranslation } from "~/i18n/translation";
import { translateError } from "~/ui/form/translate-error";

interface Notes {
  body: string;
  version: number;
}

/** The notes are one autosaved text of the dialogue, by this key. */
const NOTES_KEY = "notes";
const SAVE_AFTER_MS = 1_500;
const LOOK_FOR_CHANGES_EVERY_MS = 5_000;

/**
 * The notes both write during the dialogue, saved by the one autosave (AutosaveQueue): each save
 * names the version it started from, the server merges saves that crossed line by line, and lines
 * both changed stand in both versions, marked, for the two to choose. The other person's saves are
 * looked for every few seconds and taken in when nothing is unsaved here. Without JavaScript the
 * same form saves with its button, through the same merge.
 */
export function MeetingNotes(props: {
  dialogueId: string;
  notes: Notes;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  return (
    <AutosaveProvider
      scope={`dialogue-${props.dialogueId}`}
      serverBodies={{ [NOTES_KEY]: props.notes.body }}
      serverRevisions={{ [NOTES_KEY]: props.notes.version }}
      dialogueId={props.dialogueId}
      debounceMs={SAVE_AFTER_MS}
    >
      <NotesForm {...props} />
    </AutosaveProvider>
  );
}

function NotesForm(props: {
  dialogueId: string;
  notes: Notes;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const { isReady, save, observe, flush, conflicts } = useAutosave();

  // The other person's notes, as the page's data brings them.
  useEffect(() => observe(NOTES_KEY, props.notes), [observe, props.notes]);

  // Look for the other person's notes now and then.
  useEffect(() => {
    if (!isReady) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && revalidator.state === "idle")
        void revalidator.revalidate();
    }, LOOK_FOR_CHANGES_EVERY_MS);
    return () => clearInterval(timer);
  }, [isReady, revalidator]);

  const error = props.lastResult?.error?.body?.[0];
  const hasConflict = isReady
    ? conflicts.has(NOTES_KEY)
    : hasConflictMarkers(props.notes.body, conflictMarkers(t));
  const describedBy = ["notes-hint", hasConflict ? "notes-conflict" : "", error ? "meeting-notes-error" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <section aria-labelledby="notes-title" id="noter">
      <h2 id="notes-title">{t("meeting.notes.title")}</h2>
      <p className="form-hint" id="notes-hint">
        {t("meeting.notes.hint")}
      </p>
      <form
        method="post"
        onSubmit={(event) => {
          // With JavaScript the button saves now, through the same autosave; without, the form posts.
          if (!isReady) return;
          event.preventDefault();
          flush();
        }}
      >
        <input type="hidden" name="intent" value="saveNotes" />
        <input type="hidden" name="baseVersion" value={props.notes.version} />
        <input type="hidden" name="baseBody" value={props.notes.body} />
        <div className={error ? "form-group form-group--error" : "form-group"}>
          <label className="form-label" htmlFor="meeting-notes">
            {t("meeting.notes.label")}
          </label>
          {error ? (
            <p className="form-error-message" id="meeting-notes-error">
              {translateError(t, error)}
            </p>
          ) : null}
          {hasConflict ? <ConflictNotice id="notes-conflict" /> : null}
          <textarea
            id="meeting-notes"
            name="body"
            data-text-key={NOTES_KEY}
            className="form-textarea"
            rows={10}
            maxLength={NOTES_MAX_LENGTH}
            defaultValue={props.notes.body}
            onInput={(event) => save(NOTES_KEY, event.currentTarget.value)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="sticky-actions">
          <SaveStatus />
          <button type="submit" className="button button--secondary">
            {t("meeting.notes.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
