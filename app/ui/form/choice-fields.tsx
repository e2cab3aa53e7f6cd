import { type FieldMetadata, getInputProps } from "@conform-to/react";
import { useTranslation } from "~/i18n/translation";
import { translateError } from "./translate-error";

/** Radio buttons in a fieldset whose legend is the question; the error is tied to each option. */
export function RadioGroupField({
  field,
  legend,
  options,
}: {
  field: FieldMetadata<string | undefined>;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const error = field.errors?.[0];
  return (
    <fieldset className={error ? "fieldset form-group form-group--error" : "fieldset form-group"}>
      <legend>{legend}</legend>
      {error ? (
        <p className="form-error-message" id={field.errorId}>
          {translateError(t, error)}
        </p>
      ) : null}
      {options.map((option) => {
        const id = `${field.id}-${option.value}`;
        return (
          <div className="checkbox" key={option.value}>
            <input
              {...getInputProps(field, { type: "radio", value: option.value })}
              id={id}
              key={undefined}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** One checkbox with its label beside it and its error above, tied by aria-describedby. */
export function CheckboxField({ field, label }: { field: FieldMetadata<string | undefined>; label: string }) {
  const { t } = useTranslation();
  const error = field.errors?.[0];
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      {error ? (
        <p className="form-error-message" id={field.errorId}>
          {translateError(t, error)}
        </p>
      ) : null}
      <div className="checkbox">
        <input {...getInputProps(field, { type: "checkbox" })} key={undefined} />
        <label htmlFor={field.id}>{label}</label>
      </div>
    </div>
  );
}
