import { useEffect, useId, useRef } from "react";
import { MAX_TEXT_LENGTH } from "~/kontrakt/text-keys";
import { useAutosave } from "./autosave-context";

export interface AutosaveFieldProps {
  /** The cycle text key ("note:goals", "kontrakt:goals"); also the form field name without JS. */
  textKey: string;
  label: string;
  hint?: string;
  initialBody: string;
  rows?: number;
  /** Visually hide the label (when a heading right above already says the same). */
  isLabelHidden?: boolean;
  /** The id of the form this field is posted with, when it stands outside that form. */
  form?: string;
  /** An element elsewhere on the page that describes the field (e.g. the question above it). */
  describedById?: string;
}

/**
 * A textarea that saves itself while the leader types (see AutosaveQueue). It is uncontrolled, so
 * typing never waits for React; restored drafts and carried-over notes are written into it directly.
 */
export function AutosaveField({
  textKey,
  label,
  hint,
  initialBody,
  rows = 5,
  isLabelHidden,
  form,
  describedById,
}: AutosaveFieldProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const { save, drafts } = useAutosave();
  const draft = drafts[textKey];

  useEffect(() => {
    if (draft !== undefined && ref.current && ref.current.value !== draft) ref.current.value = draft;
  }, [draft]);

  return (
    <div className="form-group">
      <label className={isLabelHidden ? "form-label sr-only" : "form-label"} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        // A new key is a new text: never carry one field's typed value into another on navigation.
        key={textKey}
        ref={ref}
        id={id}
        className="form-textarea"
        name={`text:${textKey}`}
        form={form}
        data-text-key={textKey}
        defaultValue={initialBody}
        rows={rows}
        maxLength={MAX_TEXT_LENGTH}
        aria-describedby={
          [hint ? `${id}-hint` : undefined, describedById].filter(Boolean).join(" ") || undefined
        }
        onInput={(event) => save(textKey, event.currentTarget.value)}
      />
    </div>
  );
}
