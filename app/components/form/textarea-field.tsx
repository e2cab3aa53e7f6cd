import { type FieldMetadata, getTextareaProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { translateError } from "./translate-error";

/** A labelled textarea in the same pattern as TextField (label, hint, error tied to the field). */
export function TextareaField({
  field,
  label,
  hint,
  rows = 6,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  rows?: number;
}) {
  const { t } = useTranslation();
  const error = field.errors?.[0];
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="form-label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <p className="form-hint" id={field.descriptionId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="form-error-message" id={field.errorId}>
          {translateError(t, error)}
        </p>
      ) : null}
      <textarea
        className="form-input"
        rows={rows}
        spellCheck={false}
        {...getTextareaProps(field, { ariaDescribedBy: hint ? field.descriptionId : undefined })}
      />
    </div>
  );
}
