import { useId, useState } from "react";
import { conflictMarkers, hasConflictMarkers } from "~/features/cycles/conflict-markers";
import { MAX_TEXT_LENGTH } from "~/features/cycles/text-keys";
import { useTranslation } from "~/i18n/translation";
import { useAutosave } from "./autosave-context";
import { ConflictNotice } from "./conflict-notice";
import { typedBeforeHydration } from "./typed-before-hydration";

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
  /** What this person posted and the server refused as too long: shown again, with the limit. */
  refusedBody?: string;
}

/**
 * A textarea that saves itself while the leader types (see AutosaveQueue). It is uncontrolled, so
 * typing never waits for React; restored drafts, merged texts and carried-over notes are written
 * into it directly. Without JavaScript it posts, with the page's form, the version it showed.
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
  refusedBody,
}: AutosaveFieldProps) {
  const id = useId();
  const { t } = useTranslation();
  const { save, revisions, conflicts, isReady } = useAutosave();
  // Before the scripts run (or without them) the text as loaded says whether it holds both versions.
  const hasConflict = isReady ? conflicts.has(textKey) : hasConflictMarkers(initialBody, conflictMarkers(t));
  // The browser stops a text at `maxLength` without a word, also a long paste (a review lost 5,600
  // pasted characters behind "Alt er gemt"): a full field says so, tied to the field.
  const [isFull, setIsFull] = useState(false);

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
      {hasConflict ? <ConflictNotice id={`${id}-conflict`} /> : null}
      {isFull ? (
        <p className="form-error" id={`${id}-full`} role="alert">
          {t("validation.textAtLimit")}
        </p>
      ) : null}
      {refusedBody !== undefined ? (
        <p className="form-error" id={`${id}-too-long`}>
          {t("validation.textTooLong")}
        </p>
      ) : null}
      {/* What the text was based on: a form post merges a stale save instead of overwriting. */}
      <input type="hidden" name={`base:${textKey}`} form={form} value={revisions[textKey] ?? 0} />
      <input type="hidden" name={`baseBody:${textKey}`} form={form} value={initialBody} />
      <textarea
        // A new key is a new text: never carry one field's typed value into another on navigation.
        key={textKey}
        id={id}
        className="form-textarea"
        name={`text:${textKey}`}
        form={form}
        data-text-key={textKey}
        // On the hydrating render, what was typed while the scripts loaded (React would put the
        // loaded text back otherwise); on the server and afterwards, the text as loaded.
        defaultValue={refusedBody ?? typedBeforeHydration(textKey) ?? initialBody}
        aria-invalid={refusedBody !== undefined || undefined}
        rows={rows}
        maxLength={MAX_TEXT_LENGTH}
        aria-describedby={
          [
            hint ? `${id}-hint` : undefined,
            hasConflict ? `${id}-conflict` : undefined,
            isFull ? `${id}-full` : undefined,
            refusedBody !== undefined ? `${id}-too-long` : undefined,
            describedById,
          ]
            .filter(Boolean)
            .join(" ") || undefined
        }
        onInput={(event) => {
          setIsFull(event.currentTarget.value.length >= MAX_TEXT_LENGTH);
          save(textKey, event.currentTarget.value);
        }}
        onPaste={(event) => {
          const field = event.currentTarget;
          const room = MAX_TEXT_LENGTH - field.value.length + (field.selectionEnd - field.selectionStart);
          if (event.clipboardData.getData("text").length > room) setIsFull(true);
        }}
      />
    </div>
  );
}
