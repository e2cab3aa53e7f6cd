import type { Selectable } from "kysely";

export type DialogueStatus = "invited" | "accepted" | "held" | "cancelled";

/** A dialogue between a leader and their nearest leader (45 minutes, a time and a quiet place). */
export interface DialoguesTable {
  id: string;
  organisation_id: string;
  cycle_id: string;
  leader_id: string;
  /** Null until the invitation is accepted. */
  nearest_leader_id: string | null;
  /** Danish wall time: "YYYY-MM-DD" and "HH:MM" in Europe/Copenhagen. */
  starts_on: string;
  starts_at: string;
  duration_minutes: number;
  /** A meeting room, an address or an online meeting link. */
  location: string;
  status: DialogueStatus;
  created_at: string;
  updated_at: string;
}

export type Dialogue = Selectable<DialoguesTable>;

/** A single-use invitation link for the nearest leader; the id is the SHA-256 of the token. */
export interface InvitationsTable {
  id: string;
  organisation_id: string;
  dialogue_id: string;
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}
