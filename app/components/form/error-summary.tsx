import type { FormMetadata } from "@conform-to/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "~/i18n/translation";
import { translateError } from "./translate-error";

/**
 * The error summary at the top of a form: it takes focus when the server or the client finds
 * errors, names each one and links to its field (Det Fælles Designsystem, WCAG 3.3.1).
 */
export function ErrorSummary<Schema extends Record<string, unknown>>({
  form,
  fieldOrder,
}: {
  form: FormMetadata<Schema, string[]>;
  fieldOrder: (keyof Schema & string)[];
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const fields = form.getFieldset() as Record<string, { id: string; errors?: string[] }>;
  const fieldErrors = fieldOrder
    .map((name) => ({ id: fields[name]?.id, error: fields[name]?.errors?.[0] }))
    .filter((entry): entry is { id: string; error: string } => Boolean(entry.id && entry.error));
  const formErrors = form.errors ?? [];
  const hasErrors = formErrors.length > 0 || fieldErrors.length > 0;
  const signature = JSON.stringify([formErrors, fieldErrors]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever the set of errors changes
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [signature, hasErrors]);

  if (!hasErrors) return null;
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${form.id}-summary-title`}
    >
      <h2 className="error-summary__title" id={`${form.id}-summary-title`}>
        {t("validation.summaryTitle")}
      </h2>
      <ul>
        {formErrors.map((error) => (
          <li key={error}>{translateError(t, error)}</li>
        ))}
        {fieldErrors.map(({ id, error }) => (
          <li key={id}>
            <a href={`#${id}`}>{translateError(t, error)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
