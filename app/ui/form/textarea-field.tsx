import { type FieldMetadata, getTextareaProps } from "@conform-to/react";
import { FormGroup } from "./form-group";

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
  return (
    <FormGroup field={field} label={label} hint={hint}>
      <textarea
        className="form-input"
        rows={rows}
        spellCheck={false}
        {...getTextareaProps(field, { ariaDescribedBy: hint ? field.descriptionId : undefined })}
      />
    </FormGroup>
  );
}
