import type { Selectable } from "kysely";

/** A roll-out: HR or top management invited the leaders of a unit and the units below it. */
export interface RolloutsTable {
  id: string;
  organisation_id: string;
  /** Null once the unit is deleted; `unit_path` keeps what it was called when the mails went. */
  unit_id: string | null;
  unit_path: string;
  /** Null when the sender has since deleted their account. */
  sent_by: string | null;
  sent_at: string;
  /** Leaders mailed by this roll-out, leaders left out because they were invited before, failed sends. */
  mailed_count: number;
  skipped_count: number;
  failed_count: number;
}

export type Rollout = Selectable<RolloutsTable>;

/**
 * A leader invited (sent_at set) or being invited (sent_at null: claimed by a roll-out that is
 * sending). The key is the leader alone: each is invited to start once.
 */
export interface RolloutRecipientsTable {
  user_id: string;
  rollout_id: string;
  organisation_id: string;
  claim_id: string;
  claimed_at: string;
  sent_at: string | null;
}
