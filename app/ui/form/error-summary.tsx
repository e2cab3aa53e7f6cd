import type { FormMetadata } from "@conform-to/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "~/i18n/translation";
import { translateError } from "./translate-error";

/** The name of the hidden button Conform submits a form with to re-check a field (its INTENT). */
const CONFORM_INTENT_BUTTON = "__intent__";

/**
 * The error summary at the top of a form: it takes focus when a submission (in the browser or on
 * the server) finds errors, names each one and links to its field (Det Fælles Designsystem, WCAG
 * 3.3.1). Errors that change while the person types a correction do not take focus: that would
 * move the cursor out of the field after the first letter and lose the rest of what they typed.
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

  // Errors already there when the page arrives came from a submission the server checked.
  const isSubmitted = useRef(hasErrors);
  useEffect(() => {
    const element = document.getElementById(form.id);
    if (!element) return;
    // Conform re-checks a field as it is corrected by submitting the form with a hidden button of
    // its own ("__intent__"): that is not the person submitting.
    const markSubmitted = (event: SubmitEvent) => {
      if ((event.submitter as HTMLButtonElement | null)?.name === CONFORM_INTENT_BUTTON) return;
      isSubmitted.current = true;
    };
    element.addEventListener("submit", markSubmitted, { capture: true });
    return () => element.removeEventListener("submit", markSubmitted, { capture: true });
  }, [form.id]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever a submission's errors arrive
  useEffect(() => {
    if (!hasErrors || !isSubmitted.current) return;
    isSubmitted.current = false;
    ref.current?.focus();
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
