import type { SharedPart } from "~/platform/db/column-values/sharing";

/** A part of the kontrakt the leader shares with their nearest leader. No row: private. */
export interface KontraktSharesTable {
  cycle_id: string;
  organisation_id: string;
  part: SharedPart;
  shared_at: string;
}
