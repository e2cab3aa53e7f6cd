import { useState } from "react";
import { useAutosave } from "~/features/autosave/autosave-context";
import { appendNote } from "~/features/kontrakt/carry-note";
import { useTranslation } from "~/i18n/translation";

export interface PreparationNote {
  key: string;
  /** The question or side the note answers. */
  label: string;
  body: string;
  /** Already in the field: carrying it again would only repeat it (issue 15, item 8). */
  isCarried: boolean;
}

/**
 * The step-1 notes for a kontrakt field, in a drawer that stays folded until wanted and says how
 * many are already carried. Each note not yet in the field has a one-click carry-over: with
 * JavaScript it is appended and saved at once; without it, the button posts and the server does the
 * same (and refuses a note already there).
 */
export function CarryOverNotes({
  notes,
  targetKey,
  form,
}: {
  notes: PreparationNote[];
  targetKey: string;
  form: string;
}) {
  const { t } = useTranslation();
  const { isReady, save } = useAutosave();
  const [carriedNow, setCarriedNow] = useState<string[]>([]);
  const isCarried = (note: PreparationNote) => note.isCarried || carriedNow.includes(note.key);
  const carried = notes.filter(isCarried).length;
  return (
    <details className="carry-notes">
      <summary>
        {t("kontrakt.yourNotes")}{" "}
        <span className="carry-notes__count">
          {notes.length === 0
            ? t("kontrakt.noNotesYet")
            : t("kontrakt.notesCarried", { carried, count: notes.length })}
        </span>
      </summary>
      {notes.length === 0 ? <p className="form-hint">{t("kontrakt.noNotes")}</p> : null}
      <ul>
        {notes.map((note) => (
          <li key={note.key} className="carry-note">
            <p className="carry-note__label" id={`carry-${targetKey}-${note.key}`}>
              {note.label}
            </p>
            <p className="carry-note__body">{note.body}</p>
            {isCarried(note) ? (
              <p className="carry-note__carried">{t("kontrakt.isCarried")}</p>
            ) : (
              <button
                type="submit"
                name="carry"
                form={form}
                value={`${note.key}>${targetKey}`}
                className="button button--secondary button--small"
                // The visible words stay the accessible name; the note's question describes which one.
                aria-describedby={`carry-${targetKey}-${note.key}`}
                onClick={(event) => {
                  const field = document.querySelector<HTMLTextAreaElement>(
                    `textarea[data-text-key="${targetKey}"]`,
                  );
                  if (!isReady || !field) return;
                  event.preventDefault();
                  field.value = appendNote(field.value, note.body);
                  save(targetKey, field.value);
                  setCarriedNow((keys) => [...keys, note.key]);
                  field.focus();
                }}
              >
                {t("kontrakt.carryOver")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
