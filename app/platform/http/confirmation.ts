/**
 * The confirm pattern for what cannot be undone (issue 15, item 7). A form posts once; the action
 * acts only when the post carries `confirmed=yes`. With JavaScript the form's button opens a dialog
 * whose "Ja, …" button adds it; without, the first post answers with a confirmation page that posts
 * the same fields again with it. Shared by the server helper and the components.
 */
export const CONFIRMED_FIELD = "confirmed";
export const CONFIRMED_VALUE = "yes";

/** What the first, unconfirmed post answers: which confirmation, and the fields to post again. */
export interface Confirmation<Key extends string = string> {
  key: Key;
  fields: [string, string][];
}
