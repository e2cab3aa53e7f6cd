import type { ColumnType, Selectable } from "kysely";

export interface PasswordResetTokensTable {
  /** SHA-256 of the token in the e-mailed link. */
  id: string;
  user_id: string;
  organisation_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** "reset": glemt adgangskode; "rollout": a roll-out mail's first password, signed in at once. */
  purpose: ColumnType<PasswordLinkPurpose, PasswordLinkPurpose | undefined, PasswordLinkPurpose>;
}

export type PasswordLinkPurpose = "reset" | "rollout";

export type PasswordResetToken = Selectable<PasswordResetTokensTable>;
