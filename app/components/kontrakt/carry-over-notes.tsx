import { useAutosave } from "~/components/autosave/autosave-context";
import { useTranslation } from "~/i18n/translation";

export interface PreparationNote {
  key: string;
  /** The question or side the note answers. */
  label: string;
  body: string;
}

/**
 * The step-1 notes beside a kontrakt field, each with a one-click carry-over. With JavaScript the
 * note is appended to the field and saved at once; without it, the button posts and the server does
 * the same.
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
  return (
    <aside className="carry-notes" aria-label={t("kontrakt.yourNotes")}>
      <h3 className="carry-notes__title">{t("kontrakt.yourNotes")}</h3>
      {notes.length === 0 ? <p className="form-hint">{t("kontrakt.noNotes")}</p> : null}
      <ul>
        {notes.map((note) => (
          <li key={note.key} className="carry-note">
            <p className="carry-note__label" id={`carry-${targetKey}-${note.key}`}>
              {note.label}
            </p>
            <p className="carry-note__body">{note.body}</p>
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
                field.value =
                  field.value.trim() === "" ? note.body : `${field.value.trimEnd()}\n\n${note.body}`;
                save(targetKey, field.value);
                field.focus();
              }}
            >
              {t("kontrakt.carryOver")}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
