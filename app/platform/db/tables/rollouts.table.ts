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
 * A leader invited (sent_at set) or to be invited (sent_at null). The key is the leader alone: each
 * is invited to start once. A row waiting in the queue has the roll-out's own id as its claim; a
 * sender that takes it sets a claim of its own (decision 052).
 */
export interface RolloutRecipientsTable {
  user_id: string;
  rollout_id: string;
  organisation_id: string;
  claim_id: string;
  claimed_at: string;
  sent_at: string | null;
}
