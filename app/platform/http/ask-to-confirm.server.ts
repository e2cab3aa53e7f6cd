import { data } from "react-router";
import { CONFIRMED_FIELD, CONFIRMED_VALUE, type Confirmation } from "~/platform/http/confirmation";

/** Whether the person said "Ja, …" to an irreversible action (the dialog or the confirmation page). */
export function isConfirmed(form: FormData): boolean {
  return form.get(CONFIRMED_FIELD) === CONFIRMED_VALUE;
}

/**
 * The answer to an unconfirmed post of an irreversible action: nothing has happened yet, and the
 * page renders its confirmation (`ConfirmationPage`) with every posted field, so that "Ja, …" posts
 * exactly the same form again. `details` is what the confirmation shows besides its texts (the
 * roll-out's recipients). A 200: the post was fine, it only needs a second word.
 */
export function askToConfirm<Key extends string, Details extends object = object>(
  form: FormData,
  key: Key,
  details?: Details,
) {
  const fields: [string, string][] = [];
  for (const [name, value] of form) {
    if (name !== CONFIRMED_FIELD && typeof value === "string") fields.push([name, value]);
  }
  const confirmation: Confirmation<Key> & Details = { key, fields, ...(details as Details) };
  return data({ confirmation });
}
