/**
 * A people file that was checked on the import page and waits for "Importér" (issue 16). Only the
 * administrator who uploaded it, in their organisation, with the token of the confirm form, can
 * read or import it; `body` is sealed at rest (decision 044).
 */
export interface PeopleUploadsTable {
  /** SHA-256 of the token in the confirm form. */
  id: string;
  organisation_id: string;
  user_id: string;
  /** The file as decoded text (UTF-8 or Windows-1252 read already). */
  body: string;
  created_at: string;
  expires_at: string;
}
