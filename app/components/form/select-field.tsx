import { type FieldMetadata, getSelectProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { translateError } from "./translate-error";

/** A labelled select in the same pattern as TextField (label, hint, error tied to the field). */
export function SelectField({
  field,
  label,
  options,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const error = field.errors?.[0];
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="form-label" htmlFor={field.id}>
        {label}
      </label>
      {error ? (
        <p className="form-error-message" id={field.errorId}>
          {translateError(t, error)}
        </p>
      ) : null}
      <select className="form-select" {...getSelectProps(field)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
