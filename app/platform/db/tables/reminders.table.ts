import type { Selectable } from "kysely";
import type { ReminderKind } from "./reminder-kinds";

/** A reminder a process has claimed (sent_at null) or sent; the primary key is the first four columns. */
export interface ReminderDeliveriesTable {
  kind: ReminderKind;
  /** The dialogue's id (dialoguePrepare) or the agreement's id (followUpDue, followUpOverdue). */
  subject_id: string;
  user_id: string;
  /** The time the reminder is for: "YYYY-MM-DDTHH:MM" for a dialogue, "YYYY-MM-DD" for a follow-up. */
  occurrence: string;
  claim_id: string;
  claimed_at: string;
  sent_at: string | null;
}

export type ReminderDelivery = Selectable<ReminderDeliveriesTable>;

/** A kind of reminder mail the user has switched off. No row: they get it. */
export interface MailUnsubscribesTable {
  user_id: string;
  kind: ReminderKind;
  created_at: string;
}
