import type { SubmissionResult } from "@conform-to/react";
import { useEffect, useRef, useState } from "react";
import { useFetcher, useRevalidator } from "react-router";
import { translateError } from "~/components/form/translate-error";
import { mergeNotes } from "~/dialogues/merge-notes";
import { useTranslation } from "~/i18n/translation";
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
  dialogueId: string;
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
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // Each answer is handled once: the fetcher still holds the previous one while the next save starts.
  const handledAnswer = useRef<unknown>(null);
  const textRef = useRef(text);
  textRef.current = text;

  const draftKey = `lederdialog:meeting-notes:${props.dialogueId}`;

  // A draft that never reached the server (a dropped network, a closed tab) comes back, with the
  // version it was written from, so saving it merges instead of overwriting.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only once, when the page is ready
  useEffect(() => {
    setIsReady(true);
    const draft = readDraft(draftKey);
    if (draft && draft.base.version <= props.notes.version && draft.text !== props.notes.body) {
      setText(draft.text);
      setBase(draft.base);
    }
  }, []);

  useEffect(() => {
    if (!isReady) return;
    if (text === base.body) window.localStorage.removeItem(draftKey);
    else window.localStorage.setItem(draftKey, JSON.stringify({ text, base }));
  }, [isReady, text, base, draftKey]);

  // The server's answer to a save.
  useEffect(() => {
    if (fetcher.state !== "idle" || sent === null || fetcher.data === handledAnswer.current) return;
    handledAnswer.current = fetcher.data;
    const save = fetcher.data?.notesSave;
    if (!save) {
      // Refused (e.g. too long): nothing was saved; the text stays, and the error shows below.
      setSent(null);
      return;
    }
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
              // The button goes away with the conflict: keep the keyboard where the text is.
              textareaRef.current?.focus();
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
        {/* The script wants the result as data; a plain form post gets a page (see the action). */}
        <input type="hidden" name="respond" value={isReady ? "data" : "page"} />
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
            ref={textareaRef}
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
          <button type="submit" className="button button--secondary" disabled={sent !== null}>
            {t("meeting.notes.save")}
          </button>
        </div>
      </fetcher.Form>
    </section>
  );
}

function readDraft(key: string): { text: string; base: Notes } | undefined {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(key) ?? "null");
    if (
      typeof value === "object" &&
      value !== null &&
      "text" in value &&
      typeof value.text === "string" &&
      "base" in value &&
      typeof value.base === "object" &&
      value.base !== null &&
      "body" in value.base &&
      typeof value.base.body === "string" &&
      "version" in value.base &&
      typeof value.base.version === "number"
    ) {
      return { text: value.text, base: { body: value.base.body, version: value.base.version } };
    }
  } catch {
    // A damaged draft is no draft.
  }
  return undefined;
}
