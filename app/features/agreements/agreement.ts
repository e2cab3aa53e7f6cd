import type {
  AgreementKind,
  AgreementOwner,
  AgreementStatus,
  Recurrence,
} from "~/platform/db/column-values/agreement-types";

// An agreement as the features read and write it (the row's columns are in
// platform/db/tables/agreements.table.ts), and the follow-up's defaults. The value lists the
// database checks (kinds, owners, statuses, repeats) stay in the platform's column values.

export interface Agreement {
  id: string;
  cycleId: string;
  kind: AgreementKind;
  text: string;
  /** 0-based order within its kind, as the leader arranged it. */
  position: number;
  /** The first (or only) follow-up, as a local date in Europe/Copenhagen: "YYYY-MM-DD". */
  followUpDate: string | null;
  /** Local time "HH:MM" in Europe/Copenhagen; null means a default time (09:00). */
  followUpTime: string | null;
  /** Null: once, on followUpDate. */
  recurrence: Recurrence | null;
  /** How the leader follows up, in their own words ("Jeg krydser af på et papir ved mit skrivebord"). */
  followUpHow: string;
  status: AgreementStatus;
  createdAt: string;
  updatedAt: string;
  /** The dialogue it was recorded in with the nearest leader; null when the leader wrote it alone. */
  dialogueId: string | null;
  /** SEQUENCE of its calendar event, raised on every change (decision 032); 0 when not given. */
  calendarSequence?: number;
  /** Who carries it out, when it was named (agreements with the nearest leader). */
  owner: AgreementOwner | null;
}

export const DEFAULT_FOLLOW_UP_TIME = "09:00";
/** A follow-up takes a short moment; calendar events get this length. */
export const FOLLOW_UP_MINUTES = 15;
