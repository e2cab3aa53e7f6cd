import { type FieldMetadata, getSelectProps } from "@conform-to/react";
import { FormGroup } from "./form-group";

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
  return (
    <FormGroup field={field} label={label}>
      <select className="form-select" {...getSelectProps(field)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
