import type { Selectable } from "kysely";

export interface EmailVerificationTokensTable {
  /** SHA-256 of the token in the e-mailed link. */
  id: string;
  user_id: string;
  organisation_id: string;
  /** The address the link was sent to: it verifies that address and no other. */
  email: string;
  /** A local path to continue on after the link was used (the invitation), or null. */
  return_to: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export type EmailVerificationToken = Selectable<EmailVerificationTokensTable>;
