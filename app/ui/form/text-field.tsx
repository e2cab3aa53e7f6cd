import { type FieldMetadata, getInputProps } from "@conform-to/react";
import type { HTMLInputAutoCompleteAttribute } from "react";
import { FormGroup } from "./form-group";

export interface TextFieldProps {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  type: "text" | "email" | "password" | "date" | "time";
  autoComplete: HTMLInputAutoCompleteAttribute;
  /** A short field (a date, a time) should not look like it wants a sentence. */
  isShort?: boolean;
}

/**
 * Label above the field, then the hint, then the error (Det Fælles Designsystem's order). The input
 * is tied to both by aria-describedby, and marked aria-invalid while it has an error.
 */
export function TextField({ field, label, hint, type, autoComplete, isShort }: TextFieldProps) {
  return (
    <FormGroup field={field} label={label} hint={hint}>
      <input
        className={isShort ? "form-input form-input--short" : "form-input"}
        {...getInputProps(field, { type, ariaDescribedBy: hint ? field.descriptionId : undefined })}
        autoComplete={autoComplete}
        spellCheck={type === "text" ? undefined : false}
      />
    </FormGroup>
  );
}
