import type { Generated, Selectable } from "kysely";
import type { FollowUpRhythm } from "~/platform/db/column-values/follow-up-rhythms";

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
  /** Follow-up dialogues booked together share a series (one calendar invitation with a rule). */
  series_id: string | null;
  rhythm: FollowUpRhythm | null;
  /** When the leader opened the dialogue: from then on both see its agenda. */
  started_at: string | null;
  /** The calendar event's UID (without "@lederdialog"): this id, or the series id (decision 032). */
  calendar_uid: string;
  /** The calendar event's SEQUENCE, raised on every move or cancellation; equal across a series. */
  calendar_sequence: number;
  /** For a follow-up: the date and time its series' rule gives it (RECURRENCE-ID), kept when moved. */
  occurrence_on: string | null;
  occurrence_at: string | null;
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

/** The meeting notes both people write; `version` goes up by one on every save. */
export interface DialogueNotesTable {
  dialogue_id: string;
  organisation_id: string;
  body: string;
  version: number;
  /** The ids of the last saves, space-separated: a save sent twice is recognised (save-merged.server.ts). */
  recent_save_ids: Generated<string>;
  updated_by: string | null;
  updated_at: string;
}

export type AgendaItemStatus = "open" | "done";

export interface DialogueAgendaItemsTable {
  id: string;
  organisation_id: string;
  dialogue_id: string;
  text: string;
  position: number;
  status: AgendaItemStatus;
  /** The unfinished item of an earlier dialogue this one carries over. */
  carried_from_id: string | null;
  created_at: string;
}

export type AgendaItem = Selectable<DialogueAgendaItemsTable>;
