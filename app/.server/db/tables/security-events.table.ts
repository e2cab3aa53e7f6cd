import type { Insertable, Selectable } from "kysely";

export const SECURITY_EVENTS = [
  "sign_up",
  "sign_up_rate_limited",
  "sign_in",
  "sign_in_sso",
  "sign_in_failed",
  "sign_in_rate_limited",
  "sign_out",
  "password_reset_requested",
  "password_reset_rate_limited",
  "password_reset_completed",
  "password_reset_failed",
  "sso_link_proof_mailed",
  "sso_linked",
  "sso_unlinked",
  "session_ended",
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENTS)[number];

export interface SecurityEventsTable {
  id: string;
  organisation_id: string | null;
  user_id: string | null;
  event: SecurityEventKind;
  /** The e-mail address given, also when no account has it: needed for per-address rate limits. */
  email: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
}

export type SecurityEvent = Selectable<SecurityEventsTable>;
export type NewSecurityEvent = Insertable<SecurityEventsTable>;
