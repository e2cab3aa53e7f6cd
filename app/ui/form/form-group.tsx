import type { FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/translation";
import { translateError } from "./translate-error";

/**
 * One field's frame in Det Fælles Designsystem's order: the label, the hint, the error, then the
 * control (given as children, and tied to the hint and error by their ids through Conform's props).
 */
export function FormGroup({
  field,
  label,
  hint,
  children,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  children: ReactNode;
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
      {children}
    </div>
  );
}
