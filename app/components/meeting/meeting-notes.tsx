import type { SubmissionResult } from "@conform-to/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFetcher, useRevalidator } from "react-router";
import { translateError } from "~/components/form/translate-error";
import { mergeNotes } from "~/dialogues/merge-notes";
import { NOTES_MAX_LENGTH } from "~/schemas/meeting";

interface Notes {
  body: string;
  version: number;
}

type NotesSave = { status: "saved" | "merged" | "conflict"; notes: Notes; mine: string };

const SAVE_AFTER_MS = 1_500;
const LOOK_FOR_CHANGES_EVERY_MS = 5_000;

/**
 * The notes both write during the dialogue. Each save names the version it started from; the server
 * merges concurrent saves line by line and refuses only when both changed the same lines, and then
 * this shows the other text next to yours, so nothing is lost and nothing silently overwritten.
 * Without JavaScript the same form saves with its button.
 */
export function MeetingNotes(props: {
  notes: Notes;
  lastSave: NotesSave | undefined;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const fetcher = useFetcher<{ notesSave?: NotesSave; notesResult?: SubmissionResult<string[]> }>();
  const revalidator = useRevalidator();
  const conflictOnLoad = props.lastSave?.status === "conflict" ? props.lastSave : undefined;
  const [text, setText] = useState(conflictOnLoad ? conflictOnLoad.mine : props.notes.body);
  const [base, setBase] = useState<Notes>(props.notes);
  const [conflict, setConflict] = useState<Notes | null>(conflictOnLoad ? conflictOnLoad.notes : null);
  const [sent, setSent] = useState<string | null>(null);
  const [isReady, setIsReady] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const textRef = useRef(text);
  textRef.current = text;

  useEffect(() => setIsReady(true), []);

  // The server's answer to a save.
  useEffect(() => {
    const save = fetcher.data?.notesSave;
    if (fetcher.state !== "idle" || !save || sent === null) return;
    if (save.status === "conflict") {
      setConflict(save.notes);
      setBase(save.notes);
    } else if (textRef.current === sent) {
      setText(save.notes.body);
      setBase(save.notes);
    } else {
      // Typed on while saving: bring the merged text under what was typed since.
      const merged = mergeNotes(sent, save.notes.body, textRef.current);
      if (merged.ok) setText(merged.body);
      else setConflict(save.notes);
      setBase(save.notes);
    }
    setSent(null);
  }, [fetcher.state, fetcher.data, sent]);

  // Someone else saved: take it in at once when there is nothing unsaved here.
  useEffect(() => {
    if (props.notes.version > base.version && text === base.body && sent === null) {
      setText(props.notes.body);
      setBase(props.notes);
    }
  }, [props.notes, base, text, sent]);

  // Save a moment after typing stops.
  useEffect(() => {
    if (!isReady || text === base.body || sent !== null || conflict) return;
    const timer = setTimeout(() => {
      setSent(text);
      fetcher.submit(formRef.current);
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [isReady, text, base.body, sent, conflict, fetcher]);

  // Look for the other person's notes now and then.
  useEffect(() => {
    if (!isReady) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && revalidator.state === "idle") revalidator.revalidate();
    }, LOOK_FOR_CHANGES_EVERY_MS);
    return () => clearInterval(timer);
  }, [isReady, revalidator]);

  const error = (fetcher.data?.notesResult ?? props.lastResult)?.error?.body?.[0];
  const status = conflict
    ? t("meeting.notes.conflictStatus")
    : sent !== null
      ? t("autosave.saving")
      : text === base.body
        ? t("autosave.saved")
        : isReady
          ? t("autosave.idle")
          : t("autosave.manual");
  return (
    <section aria-labelledby="notes-title" id="noter">
      <h2 id="notes-title">{t("meeting.notes.title")}</h2>
      <p className="form-hint" id="notes-hint">
        {t("meeting.notes.hint")}
      </p>
      {conflict ? (
        <div className="notice notice--warning" role="alert">
          <p>{t("meeting.notes.conflict")}</p>
          <p>
            <strong>{t("meeting.notes.theirs")}</strong>
          </p>
          <p className="preserve-lines">{conflict.body}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setText(`${conflict.body}\n${textRef.current}`);
              setConflict(null);
            }}
          >
            {t("meeting.notes.keepBoth")}
          </button>
        </div>
      ) : null}
      <fetcher.Form
        method="post"
        ref={formRef}
        onSubmit={() => {
          // Saving by hand after a conflict is the person's answer to it: their text, having seen the other.
          setSent(text);
          setConflict(null);
        }}
      >
        <input type="hidden" name="intent" value="saveNotes" />
        <input type="hidden" name="baseVersion" value={base.version} />
        <input type="hidden" name="baseBody" value={base.body} />
        <div className={error ? "form-group form-group--error" : "form-group"}>
          <label className="form-label" htmlFor="meeting-notes">
            {t("meeting.notes.label")}
          </label>
          {error ? (
            <p className="form-error-message" id="meeting-notes-error">
              {translateError(t, error)}
            </p>
          ) : null}
          <textarea
            id="meeting-notes"
            name="body"
            className="form-textarea"
            rows={10}
            maxLength={NOTES_MAX_LENGTH}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={error ? "notes-hint meeting-notes-error" : "notes-hint"}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="sticky-actions">
          <p className="save-status" role="status" aria-live="polite">
            {status}
          </p>
          <button type="submit" className="button button--secondary">
            {t("meeting.notes.save")}
          </button>
        </div>
      </fetcher.Form>
    </section>
  );
}
