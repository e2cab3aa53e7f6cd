import type { Selectable } from "kysely";

export interface PasswordResetTokensTable {
  /** SHA-256 of the token in the e-mailed link. */
  id: string;
  user_id: string;
  organisation_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export type PasswordResetToken = Selectable<PasswordResetTokensTable>;
