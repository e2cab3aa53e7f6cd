import type { Selectable } from "kysely";
import type {
  AgreementKind,
  AgreementOwner,
  AgreementStatus,
  Recurrence,
} from "~/platform/db/column-values/agreement-types";

export interface AgreementsTable {
  id: string;
  organisation_id: string;
  cycle_id: string;
  kind: AgreementKind;
  text: string;
  position: number;
  follow_up_date: string | null;
  follow_up_time: string | null;
  recurrence: Recurrence | null;
  follow_up_how: string;
  status: AgreementStatus;
  /** The dialogue this agreement was recorded in, when it was made with the nearest leader there. */
  dialogue_id: string | null;
  /** SEQUENCE of the follow-up's calendar event, raised on every change (decision 032). */
  calendar_sequence: number;
  /** Who carries out an agreement with the nearest leader; null when not named. */
  owner: AgreementOwner | null;
  created_at: string;
  updated_at: string;
}

export type AgreementRow = Selectable<AgreementsTable>;
