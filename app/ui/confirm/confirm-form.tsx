import { useId, useRef } from "react";
import { Form } from "react-router";
import { useTranslation } from "~/i18n/translation";
import { CONFIRMED_FIELD, CONFIRMED_VALUE } from "~/platform/http/confirmation";

/**
 * A form with one button for an irreversible action. With JavaScript the button opens a native
 * modal <dialog> (focus moves into it, Escape closes it, labelled by its heading and described by
 * its text) whose "Ja, …" button posts the form with `confirmed=yes`. Before hydration, or without
 * JavaScript, the button posts without it and the server answers with the confirmation page
 * (`askToConfirm`), so the action never acts on one click either way.
 */
export function ConfirmForm({
  fields,
  label,
  title,
  text,
  yesLabel,
  buttonClassName = "button button--secondary",
  className,
}: {
  /** The form's fields besides the confirmation, posted as hidden inputs (e.g. the intent). */
  fields: Record<string, string>;
  label: React.ReactNode;
  title: string;
  text: string;
  yesLabel: string;
  buttonClassName?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const open = (event: React.MouseEvent) => {
    const dialog = dialogRef.current;
    if (!dialog || typeof dialog.showModal !== "function") return;
    event.preventDefault();
    dialog.showModal();
    // The safe choice gets the focus: Enter on a reflex must not confirm.
    cancelRef.current?.focus();
  };
  return (
    <Form method="post" className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button ref={triggerRef} type="submit" className={buttonClassName} onClick={open}>
        {label}
      </button>
      <dialog
        ref={dialogRef}
        className="confirm-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        onClose={() => triggerRef.current?.focus()}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-text`}>{text}</p>
        <div className="button-row">
          <button
            type="submit"
            name={CONFIRMED_FIELD}
            value={CONFIRMED_VALUE}
            className="button button--primary"
            // Closed as it submits: a modal left open over a page that stays would make it inert.
            onClick={() => dialogRef.current?.close()}
          >
            {yesLabel}
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="button button--secondary"
            onClick={() => dialogRef.current?.close()}
          >
            {t("confirm.cancel")}
          </button>
        </div>
      </dialog>
    </Form>
  );
}
