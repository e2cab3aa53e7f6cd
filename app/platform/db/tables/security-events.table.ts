import type { Insertable, Selectable } from "kysely";

export const SECURITY_EVENTS = [
  "sign_up",
  "sign_up_rate_limited",
  "sign_in",
  "sign_in_sso",
  "sign_in_failed",
  /** Written before issue 13; the sign-in throttle writes the four kinds below instead. */
  "sign_in_rate_limited",
  /** Refused unchecked: the account's limit for browsers without its device cookie is reached. */
  "sign_in_throttled",
  /** Refused unchecked: this known device's own limit is reached. */
  "sign_in_device_throttled",
  /** Answered after a delay: the client address has had many failures. */
  "sign_in_slowed",
  /** A sign-in with a valid device cookie of the account, or without one (then mailed). */
  "sign_in_known_device",
  "sign_in_new_device",
  "sign_out",
  "password_reset_requested",
  "password_reset_rate_limited",
  "password_reset_completed",
  "password_reset_failed",
  "sign_up_address_in_use",
  "email_verification_sent",
  "email_verified",
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
